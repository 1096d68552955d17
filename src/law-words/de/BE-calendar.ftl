# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Zehn gesetzliche Feiertage: 1. Januar, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, 21. Juli, 15. August, 1. November, 11. November und 25. Dezember.
holiday-new-year-name = Neujahr
holiday-easter-monday-name = Ostermontag
holiday-labour-day-name = Tag der Arbeit
holiday-ascension-name = Christi Himmelfahrt
holiday-whit-monday-name = Pfingstmontag
holiday-national-day-name = Nationalfeiertag
holiday-assumption-name = Mariä Himmelfahrt
holiday-all-saints-name = Allerheiligen
holiday-armistice-name = Waffenstillstandstag
holiday-christmas-name = Erster Weihnachtsfeiertag
