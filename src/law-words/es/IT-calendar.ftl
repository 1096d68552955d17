# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Días festivos además de los domingos: 1 de enero, 6 de enero, Lunes de Pascua, 25 de abril, 1 de mayo, 2 de junio (Festa della Repubblica, de nuevo en su fecha desde 2001), 15 de agosto, 4 de octubre (desde 2026), 1 de noviembre, 8 de diciembre, 25 y 26 de diciembre. San José, la Ascensión, el Corpus Christi, San Pedro y San Pablo y el 4 de noviembre siguen en la lista impresa del art. 2, pero perdieron sus efectos civiles en 1977; el 4 de noviembre y (1977–2000) el 2 de junio se trasladaron a un domingo.
calendar-incomplete = La fiesta del santo patrono de cada municipio (Roma 29 de junio, Milán 7 de diciembre…) es un festivo local, y ninguna está codificada.
holiday-new-year-name = Año Nuevo
holiday-epiphany-name = Epifanía del Señor
holiday-easter-monday-name = Lunes de Pascua
holiday-liberation-day-name = Día de la Liberación
holiday-labour-day-name = Fiesta del Trabajo
holiday-republic-day-name = Fiesta de la República
holiday-assumption-name = Asunción de la Virgen
holiday-st-francis-name = San Francisco de Asís, patrón de Italia
holiday-st-francis-provision = Establece la fiesta nacional de San Francisco de Asís el 4 de octubre de cada año y la incluye en la lista de días festivos del art. 2 L. 260/1949; en vigor desde el 1 de enero de 2026.
holiday-all-saints-name = Todos los Santos
holiday-immaculate-conception-name = Inmaculada Concepción
holiday-christmas-name = Navidad
holiday-st-stephen-name = San Esteban
holiday-unification-150-name = 150.º aniversario de la Unificación de Italia
holiday-unification-150-provision = Solo para 2011, el 17 de marzo es festivo (giorno festivo) conforme a los arts. 2 y 4 L. 260/1949.
