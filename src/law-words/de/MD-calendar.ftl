# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Arbeitsfreie Feiertage: 1. Januar; 7. und 8. Januar (orthodoxes Weihnachtsfest); 8. März; Ostersonntag und Ostermontag (orthodoxer Kalender); der Montag eine Woche nach Ostern (Paștele Blajinilor); 1. Mai; 9. Mai; 27. August; 31. August; 25. Dezember; das örtliche Kirchenfest.
calendar-incomplete = Die Regierung verlegt jedes Jahr Ruhe- und Arbeitstage (Art. 111(5)), und das örtliche Kirchenfest (hram) ist ein freier Tag; beides ist nicht erfasst.
holiday-new-year-name = Neujahr
holiday-christmas-old-style-1-name = Orthodoxes Weihnachtsfest
holiday-christmas-old-style-2-name = Orthodoxes Weihnachtsfest (zweiter Tag)
holiday-womens-day-name = Internationaler Frauentag
holiday-easter-name = Orthodoxer Ostersonntag
holiday-easter-monday-name = Orthodoxer Ostermontag
holiday-memorial-easter-name = Totengedenken nach Ostern (Paștele Blajinilor)
holiday-labour-day-name = Internationaler Tag der Solidarität der Werktätigen
holiday-victory-day-name = Tag des Sieges und Europatag
holiday-childrens-day-name = Internationaler Kindertag
holiday-childrens-day-provision = Der 1. Juni ist seit der am 30. Juni 2023 in Kraft getretenen Änderung ein arbeitsfreier Feiertag.
holiday-independence-day-name = Unabhängigkeitstag
holiday-language-day-name = Tag der Landessprache
holiday-christmas-new-style-name = Erster Weihnachtsfeiertag
