# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Días festivos: Navidad, San Esteban, San Patricio, Lunes de Pascua, el primer lunes de mayo, de junio y de agosto, el último lunes de octubre, el 1 de enero y cualquier día que se establezca; desde 2023, también el primer lunes de febrero, o el 1 de febrero cuando este cae en viernes.
calendar-incomplete = Antes de 1996, el festivo de mayo (introducido en 1994 y trasladado en 1995) no se ha comprobado y se omite.
holiday-new-year-name = Año Nuevo
holiday-st-brigid-name = Santa Brígida
holiday-st-brigid-provision = Desde 2023, el primer lunes de febrero es festivo, salvo cuando el 1 de febrero cae en viernes, en cuyo caso el festivo es ese día; el primero fue el lunes 6 de febrero de 2023.
holiday-st-patrick-name = San Patricio
holiday-remembrance-2022-name = Día del Recuerdo y el Reconocimiento
holiday-remembrance-2022-provision = El viernes 18 de marzo de 2022 fue un festivo excepcional en reconocimiento de los esfuerzos realizados durante la pandemia de COVID-19 y en recuerdo de los fallecidos.
holiday-easter-monday-name = Lunes de Pascua
holiday-may-bank-holiday-name = Festivo de mayo (May Bank Holiday)
holiday-june-bank-holiday-name = Festivo de junio (June Bank Holiday)
holiday-august-bank-holiday-name = Festivo de agosto (August Bank Holiday)
holiday-october-bank-holiday-name = Festivo de octubre (October Bank Holiday)
holiday-christmas-name = Navidad
holiday-st-stephen-name = San Esteban
holiday-millennium-1999-name = Festivo del Milenio
holiday-millennium-1999-provision = El viernes 31 de diciembre de 1999 se aprobó como festivo oficial del Milenio.
