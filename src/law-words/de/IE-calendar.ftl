# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Gesetzliche Feiertage: Erster Weihnachtsfeiertag, Stephanstag (St Stephen's Day), St. Patrick's Day, Ostermontag, der erste Montag im Mai, Juni und August, der letzte Montag im Oktober, der 1. Januar und jeder durch Verordnung bestimmte Tag; ab 2023 auch der erste Montag im Februar oder der 1. Februar, wenn dieser ein Freitag ist.
calendar-incomplete = Vor 1996 wurde der Feiertag im Mai (1994 eingeführt und 1995 verlegt) nicht geprüft und ist nicht berücksichtigt.
holiday-new-year-name = Neujahr
holiday-st-brigid-name = St. Brigid's Day
holiday-st-brigid-provision = Ab 2023 ist der erste Montag im Februar ein gesetzlicher Feiertag, außer wenn der 1. Februar auf einen Freitag fällt; dann ist dieser Tag der Feiertag; der erste war Montag, der 6. Februar 2023.
holiday-st-patrick-name = St. Patrick's Day
holiday-remembrance-2022-name = Tag des Gedenkens und der Anerkennung
holiday-remembrance-2022-provision = Freitag, der 18. März 2022, war ein einmaliger gesetzlicher Feiertag in Anerkennung der Anstrengungen während der COVID-19-Pandemie und im Gedenken an die Verstorbenen.
holiday-easter-monday-name = Ostermontag
holiday-may-bank-holiday-name = Bank Holiday im Mai
holiday-june-bank-holiday-name = Bank Holiday im Juni
holiday-august-bank-holiday-name = Bank Holiday im August
holiday-october-bank-holiday-name = Bank Holiday im Oktober
holiday-christmas-name = Erster Weihnachtsfeiertag
holiday-st-stephen-name = Stephanstag (St Stephen's Day)
holiday-millennium-1999-name = Millenniumsfeiertag
holiday-millennium-1999-provision = Freitag, der 31. Dezember 1999, wurde als offizieller gesetzlicher Millenniumsfeiertag genehmigt.
