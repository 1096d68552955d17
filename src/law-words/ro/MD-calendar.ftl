# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Zile de sărbătoare nelucrătoare: 1 ianuarie; 7 și 8 ianuarie (Crăciunul pe stil vechi); 8 martie; duminica și lunea de Paști (calendarul ortodox); ziua de luni la o săptămână după Paști (Paștele Blajinilor); 1 mai; 9 mai; 27 august; 31 august; 25 decembrie; hramul bisericii din localitate.
calendar-incomplete = Guvernul transferă în fiecare an zile de odihnă și zile lucrătoare (art. 111(5)), iar hramul bisericii din localitate este zi liberă; niciuna dintre acestea nu este codificată.
holiday-new-year-name = Anul Nou
holiday-christmas-old-style-1-name = Crăciunul pe stil vechi
holiday-christmas-old-style-2-name = Crăciunul pe stil vechi (a doua zi)
holiday-womens-day-name = Ziua Internațională a Femeii
holiday-easter-name = Paștele ortodox (prima zi)
holiday-easter-monday-name = Paștele ortodox (a doua zi)
holiday-memorial-easter-name = Paștele Blajinilor
holiday-labour-day-name = Ziua Internațională a Solidarității Oamenilor Muncii
holiday-victory-day-name = Ziua Victoriei și Ziua Europei
holiday-childrens-day-name = Ziua Internațională a Ocrotirii Copiilor
holiday-childrens-day-provision = 1 iunie este zi de sărbătoare nelucrătoare de la modificarea intrată în vigoare la 30 iunie 2023.
holiday-independence-day-name = Ziua Independenței
holiday-language-day-name = Ziua Limbii Române («Limba noastră»)
holiday-christmas-new-style-name = Crăciunul pe stil nou
