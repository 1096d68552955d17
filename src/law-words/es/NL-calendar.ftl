# Law words, es: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Son días festivos generalmente reconocidos el Año Nuevo, el Lunes de Pascua, el Lunes de Pentecostés, los dos días de Navidad, el Día de la Ascensión, el día en que se celebra el cumpleaños del Rey y el 5 de mayo.
calendar-incomplete = Los días equiparados a festivos por real decreto (Atw art. 3(3)) están codificados para 2023–2028, los años de los decretos cuyas listas se han encontrado.
holiday-new-year-name = Año Nuevo
holiday-good-friday-name = Viernes Santo
holiday-good-friday-provision = El Viernes Santo se equipara a los días festivos generalmente reconocidos a efectos de la Ley.
holiday-easter-monday-name = Lunes de Pascua
holiday-queens-day-name = Día de la Reina (Koninginnedag)
holiday-queens-day-provision = El cumpleaños del Rey (de la Reina) se celebró el 30 de abril hasta 2013.
holiday-kings-day-name = Día del Rey (Koningsdag)
holiday-kings-day-provision = Desde el 1 de enero de 2014, el 27 de abril es el Día del Rey, salvo cuando cae en domingo: en ese caso se celebra el día anterior.
holiday-liberation-day-name = Día de la Liberación
holiday-liberation-day-provision = El 5 de mayo es día festivo generalmente reconocido a efectos de la Ley, todos los años.
holiday-ascension-name = Día de la Ascensión
holiday-whit-monday-name = Lunes de Pentecostés
holiday-christmas-name = Navidad
holiday-boxing-day-name = Segundo día de Navidad
holiday-equated-days-name = Día equiparado a festivo
holiday-equated-days-provision = La Corona puede equiparar otros días a festivos mediante decreto; los decretos para 2023–2025 y 2026–2028 equiparan los días enumerados. Se conocen por los títulos de los decretos; no se han leído sus textos.
