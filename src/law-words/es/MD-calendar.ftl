# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Días festivos no laborables: 1 de enero; 7 y 8 de enero (Navidad ortodoxa); 8 de marzo; Domingo y Lunes de Pascua (calendario ortodoxo); el lunes una semana después de Pascua (Paștele Blajinilor); 1 de mayo; 9 de mayo; 27 de agosto; 31 de agosto; 25 de diciembre; la fiesta de la iglesia local.
calendar-incomplete = El Gobierno traslada cada año días de descanso y días laborables (art. 111(5)) y la fiesta de la iglesia local (hram) es día libre; ninguno de los dos está codificado.
holiday-new-year-name = Año Nuevo
holiday-christmas-old-style-1-name = Navidad ortodoxa
holiday-christmas-old-style-2-name = Navidad ortodoxa (segundo día)
holiday-womens-day-name = Día Internacional de la Mujer
holiday-easter-name = Domingo de Pascua ortodoxa
holiday-easter-monday-name = Lunes de Pascua ortodoxa
holiday-memorial-easter-name = Pascua de los Difuntos (Paștele Blajinilor)
holiday-labour-day-name = Día Internacional de la Solidaridad de los Trabajadores
holiday-victory-day-name = Día de la Victoria y Día de Europa
holiday-childrens-day-name = Día Internacional del Niño
holiday-childrens-day-provision = El 1 de junio es festivo no laborable desde la modificación en vigor el 30 de junio de 2023.
holiday-independence-day-name = Día de la Independencia
holiday-language-day-name = Día de la Lengua Nacional
holiday-christmas-new-style-name = Navidad
