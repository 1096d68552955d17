# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Državni praznici: Božić, Sveti Stefan, Dan Svetog Patrika, Uskršnji ponedeljak, prvi ponedeljak u maju, junu i avgustu, poslednji ponedeljak u oktobru, 1. januar i svaki propisani dan; od 2023. i prvi ponedeljak u februaru, ili 1. februar kada je to petak.
calendar-incomplete = Za period pre 1996. majski državni praznik (uveden 1994. i pomeren 1995) nije proveren i izostavljen je.
holiday-new-year-name = Nova godina
holiday-st-brigid-name = Dan Svete Brigite
holiday-st-brigid-provision = Od 2023. prvi ponedeljak u februaru je državni praznik, osim kada 1. februar pada u petak, u kom slučaju je taj dan državni praznik; prvi je bio ponedeljak 6. februar 2023.
holiday-st-patrick-name = Dan Svetog Patrika
holiday-remembrance-2022-name = Dan sećanja i priznanja
holiday-remembrance-2022-provision = Petak 18. mart 2022. bio je jednokratni državni praznik u znak priznanja za napore uložene tokom pandemije COVID-19 i u znak sećanja na preminule.
holiday-easter-monday-name = Uskršnji ponedeljak
holiday-may-bank-holiday-name = Majski bankarski praznik (May Bank Holiday)
holiday-june-bank-holiday-name = Junski bankarski praznik (June Bank Holiday)
holiday-august-bank-holiday-name = Avgustovski bankarski praznik (August Bank Holiday)
holiday-october-bank-holiday-name = Oktobarski bankarski praznik (October Bank Holiday)
holiday-christmas-name = Božić
holiday-st-stephen-name = Sveti Stefan (drugi dan Božića)
holiday-millennium-1999-name = Milenijumski praznik
holiday-millennium-1999-provision = Petak 31. decembar 1999. odobren je kao zvanični milenijumski državni praznik.
