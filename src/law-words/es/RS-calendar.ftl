# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Días no laborables: Año Nuevo (1–2 de enero), Día de la Estadidad (15–16 de febrero), Fiesta del Trabajo (1–2 de mayo) y Día del Armisticio (11 de noviembre), y las fiestas religiosas de Navidad ortodoxa (7 de enero) y Pascua, del Viernes Santo al Lunes de Pascua (calendario ortodoxo). El Día de la Victoria (9 de mayo) es día laborable.
calendar-incomplete = Solo se ha leído la ley en su versión modificada de 2011 (Sl. glasnik 92/2011); no se han leído sus versiones anteriores.
holiday-new-year-1-name = Año Nuevo
holiday-new-year-1-provision = El Año Nuevo se celebra el 1 y el 2 de enero; cuando una fiesta estatal cae en domingo, el siguiente día laborable es día libre.
holiday-new-year-2-name = Año Nuevo (segundo día)
holiday-new-year-2-provision = El Año Nuevo se celebra el 1 y el 2 de enero; cuando una fiesta estatal cae en domingo, el siguiente día laborable es día libre.
holiday-orthodox-christmas-name = Navidad ortodoxa
holiday-statehood-day-1-name = Día de la Estadidad
holiday-statehood-day-2-name = Día de la Estadidad (segundo día)
holiday-good-friday-name = Viernes Santo ortodoxo
holiday-holy-saturday-name = Sábado Santo ortodoxo
holiday-easter-name = Domingo de Pascua ortodoxa
holiday-easter-monday-name = Lunes de Pascua ortodoxa
holiday-labour-day-1-name = Fiesta del Trabajo
holiday-labour-day-2-name = Fiesta del Trabajo (segundo día)
holiday-armistice-day-name = Día del Armisticio
holiday-armistice-day-provision = El Día del Armisticio, 11 de noviembre, es una fiesta estatal no laborable, celebrada como tal por primera vez en 2012.
