# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Diez días festivos legales: 1 de enero, Lunes de Pascua, 1 de mayo, Día de la Ascensión, Lunes de Pentecostés, 21 de julio, 15 de agosto, 1 de noviembre, 11 de noviembre y 25 de diciembre.
holiday-new-year-name = Año Nuevo
holiday-easter-monday-name = Lunes de Pascua
holiday-labour-day-name = Fiesta del Trabajo
holiday-ascension-name = Día de la Ascensión
holiday-whit-monday-name = Lunes de Pentecostés
holiday-national-day-name = Fiesta Nacional
holiday-assumption-name = Asunción de la Virgen
holiday-all-saints-name = Todos los Santos
holiday-armistice-name = Día del Armisticio
holiday-christmas-name = Navidad
