# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Vrije feestdagen: 1 januari; 7 en 8 januari (orthodoxe Kerstmis); 8 maart; Paaszondag en Paasmaandag (orthodoxe kalender); de maandag een week na Pasen (Paștele Blajinilor); 1 mei; 9 mei; 27 augustus; 31 augustus; 25 december; het plaatselijke kerkfeest.
calendar-incomplete = De regering verschuift elk jaar rust- en werkdagen (art. 111(5)) en het plaatselijke kerkfeest (hram) is een vrije dag; geen van beide is gecodeerd.
holiday-new-year-name = Nieuwjaarsdag
holiday-christmas-old-style-1-name = Orthodoxe Kerstmis
holiday-christmas-old-style-2-name = Orthodoxe Kerstmis (tweede dag)
holiday-womens-day-name = Internationale Vrouwendag
holiday-easter-name = Orthodoxe Paaszondag
holiday-easter-monday-name = Orthodoxe Paasmaandag
holiday-memorial-easter-name = Herdenkingspasen (Paștele Blajinilor)
holiday-labour-day-name = Internationale Dag van de Solidariteit van de Werknemers
holiday-victory-day-name = Dag van de Overwinning en Dag van Europa
holiday-childrens-day-name = Internationale Kinderdag
holiday-childrens-day-provision = 1 juni is een vrije feestdag sinds de wijziging die op 30 juni 2023 in werking is getreden.
holiday-independence-day-name = Onafhankelijkheidsdag
holiday-language-day-name = Dag van de Nationale Taal
holiday-christmas-new-style-name = Kerstmis
