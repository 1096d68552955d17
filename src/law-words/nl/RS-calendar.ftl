# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Vrije dagen: Nieuwjaar (1–2 januari), Dag van de Staat (15–16 februari), Dag van de Arbeid (1–2 mei) en Wapenstilstandsdag (11 november), en de religieuze feestdagen orthodoxe Kerstmis (7 januari) en Pasen van Goede Vrijdag tot en met Paasmaandag (orthodoxe kalender). Dag van de Overwinning (9 mei) is een werkdag.
calendar-incomplete = Alleen de wet zoals gewijzigd in 2011 (Sl. glasnik 92/2011) is gelezen; de eerdere versies ervan niet.
holiday-new-year-1-name = Nieuwjaarsdag
holiday-new-year-1-provision = Nieuwjaar wordt gevierd op 1 en 2 januari; wanneer een nationale feestdag op een zondag valt, is de volgende werkdag een vrije dag.
holiday-new-year-2-name = Nieuwjaar (tweede dag)
holiday-new-year-2-provision = Nieuwjaar wordt gevierd op 1 en 2 januari; wanneer een nationale feestdag op een zondag valt, is de volgende werkdag een vrije dag.
holiday-orthodox-christmas-name = Orthodoxe Kerstmis
holiday-statehood-day-1-name = Dag van de Staat
holiday-statehood-day-2-name = Dag van de Staat (tweede dag)
holiday-good-friday-name = Orthodoxe Goede Vrijdag
holiday-holy-saturday-name = Orthodoxe Stille Zaterdag
holiday-easter-name = Orthodoxe Paaszondag
holiday-easter-monday-name = Orthodoxe Paasmaandag
holiday-labour-day-1-name = Dag van de Arbeid
holiday-labour-day-2-name = Dag van de Arbeid (tweede dag)
holiday-armistice-day-name = Wapenstilstandsdag
holiday-armistice-day-provision = Wapenstilstandsdag, 11 november, is een vrije nationale feestdag, die in 2012 voor het eerst als zodanig is gevierd.
