# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Días festivos: 1 y 6 de enero, Lunes de Pascua, 1 de mayo, Día de la Ascensión, Lunes de Pentecostés, Corpus Christi, 15 de agosto, 26 de octubre, 1 de noviembre, 8, 25 y 26 de diciembre.
calendar-incomplete = No se ha determinado cuándo empezó el § 33(2) AVG a mencionar el 24 de diciembre (después de 2007; en vigor en julio de 2023) y el Viernes Santo (mencionado ya en 2004), por lo que esos días se omiten antes de 2023 y de 2004, respectivamente.
holiday-new-year-name = Año Nuevo
holiday-epiphany-name = Epifanía del Señor
holiday-good-friday-name = Viernes Santo
holiday-good-friday-provision = Un plazo que termine en sábado, domingo, día festivo legal, Viernes Santo o 24 de diciembre termina el siguiente día que no sea ninguno de ellos.
holiday-easter-monday-name = Lunes de Pascua
holiday-labour-day-name = Fiesta del Trabajo
holiday-ascension-name = Día de la Ascensión
holiday-whit-monday-name = Lunes de Pentecostés
holiday-corpus-christi-name = Corpus Christi
holiday-assumption-name = Asunción de la Virgen
holiday-national-day-name = Fiesta Nacional
holiday-all-saints-name = Todos los Santos
holiday-immaculate-conception-name = Inmaculada Concepción
holiday-christmas-eve-name = Nochebuena
holiday-christmas-eve-provision = Un plazo que termine en sábado, domingo, día festivo legal, Viernes Santo o 24 de diciembre termina el siguiente día que no sea ninguno de ellos.
holiday-christmas-name = Navidad
holiday-st-stephen-name = San Esteban
