# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Arbeitsfreie Tage: Neujahr (1.–2. Januar), Tag der Staatlichkeit (15.–16. Februar), Tag der Arbeit (1.–2. Mai) und Tag des Waffenstillstands (11. November) sowie die religiösen Feiertage orthodoxes Weihnachtsfest (7. Januar) und Ostern von Karfreitag bis Ostermontag (orthodoxer Kalender). Der Tag des Sieges (9. Mai) ist ein Arbeitstag.
calendar-incomplete = Nur das Gesetz in der Fassung von 2011 (Sl. glasnik 92/2011) wurde gelesen; seine früheren Fassungen nicht.
holiday-new-year-1-name = Neujahr
holiday-new-year-1-provision = Neujahr wird am 1. und 2. Januar gefeiert; fällt ein staatlicher Feiertag auf einen Sonntag, ist der nächste Arbeitstag arbeitsfrei.
holiday-new-year-2-name = Neujahr (zweiter Tag)
holiday-new-year-2-provision = Neujahr wird am 1. und 2. Januar gefeiert; fällt ein staatlicher Feiertag auf einen Sonntag, ist der nächste Arbeitstag arbeitsfrei.
holiday-orthodox-christmas-name = Orthodoxes Weihnachtsfest
holiday-statehood-day-1-name = Tag der Staatlichkeit
holiday-statehood-day-2-name = Tag der Staatlichkeit (zweiter Tag)
holiday-good-friday-name = Orthodoxer Karfreitag
holiday-holy-saturday-name = Orthodoxer Karsamstag
holiday-easter-name = Orthodoxer Ostersonntag
holiday-easter-monday-name = Orthodoxer Ostermontag
holiday-labour-day-1-name = Tag der Arbeit
holiday-labour-day-2-name = Tag der Arbeit (zweiter Tag)
holiday-armistice-day-name = Tag des Waffenstillstands
holiday-armistice-day-provision = Der Tag des Waffenstillstands, der 11. November, ist ein arbeitsfreier staatlicher Feiertag und wurde 2012 erstmals als solcher begangen.
