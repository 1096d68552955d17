# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Días festivos: 1 de enero, Lunes de Pascua, 1 de mayo, 8 de mayo, Día de la Ascensión, Lunes de Pentecostés, 14 de julio, Asunción de la Virgen (15 de agosto), Todos los Santos (1 de noviembre), 11 de noviembre y Navidad.
region-FR-57 = Mosela
region-FR-57-provision = En Mosela, Bajo Rin y Alto Rin, el 26 de diciembre también es festivo (el Viernes Santo, solo en los municipios con templo protestante o iglesia mixta).
region-FR-6AE = Alsacia (Bajo Rin y Alto Rin)
region-FR-6AE-provision = En Mosela, Bajo Rin y Alto Rin, el 26 de diciembre también es festivo (el Viernes Santo, solo en los municipios con templo protestante o iglesia mixta).
holiday-new-year-name = Año Nuevo
holiday-easter-monday-name = Lunes de Pascua
holiday-labour-day-name = Fiesta del Trabajo
holiday-victory-day-name = Día de la Victoria en Europa
holiday-ascension-name = Día de la Ascensión
holiday-whit-monday-name = Lunes de Pentecostés
holiday-national-day-name = Fiesta Nacional
holiday-assumption-name = Asunción de la Virgen
holiday-all-saints-name = Todos los Santos
holiday-armistice-name = Día del Armisticio
holiday-christmas-name = Navidad
holiday-st-stephen-name = San Esteban
