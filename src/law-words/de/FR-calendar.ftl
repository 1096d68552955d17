# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Gesetzliche Feiertage: 1. Januar, Ostermontag, 1. Mai, 8. Mai, Christi Himmelfahrt, Pfingstmontag, 14. Juli, Mariä Himmelfahrt (15. August), Allerheiligen (1. November), 11. November und Erster Weihnachtsfeiertag.
region-FR-57 = Moselle
region-FR-57-provision = In Moselle, Bas-Rhin und Haut-Rhin ist auch der 26. Dezember ein gesetzlicher Feiertag (Karfreitag nur in Gemeinden mit einem protestantischen Gotteshaus (temple) oder einer Simultankirche).
region-FR-6AE = Elsass (Bas-Rhin und Haut-Rhin)
region-FR-6AE-provision = In Moselle, Bas-Rhin und Haut-Rhin ist auch der 26. Dezember ein gesetzlicher Feiertag (Karfreitag nur in Gemeinden mit einem protestantischen Gotteshaus (temple) oder einer Simultankirche).
holiday-new-year-name = Neujahr
holiday-easter-monday-name = Ostermontag
holiday-labour-day-name = Tag der Arbeit
holiday-victory-day-name = Tag des Sieges in Europa
holiday-ascension-name = Christi Himmelfahrt
holiday-whit-monday-name = Pfingstmontag
holiday-national-day-name = Nationalfeiertag
holiday-assumption-name = Mariä Himmelfahrt
holiday-all-saints-name = Allerheiligen
holiday-armistice-name = Waffenstillstandstag
holiday-christmas-name = Erster Weihnachtsfeiertag
holiday-st-stephen-name = Stephanstag
