# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Feestdagen: Eerste Kerstdag, Sint-Stefanusdag, Sint-Patricksdag, Paasmaandag, de eerste maandag van mei, juni en augustus, de laatste maandag van oktober, 1 januari, en elke voorgeschreven dag; vanaf 2023 ook de eerste maandag van februari, of 1 februari wanneer dat een vrijdag is.
calendar-incomplete = Vóór 1996 is de feestdag in mei (ingevoerd in 1994 en verplaatst in 1995) niet gecontroleerd en weggelaten.
holiday-new-year-name = Nieuwjaarsdag
holiday-st-brigid-name = Sint-Brigidadag
holiday-st-brigid-provision = Vanaf 2023 is de eerste maandag van februari een feestdag, behalve wanneer 1 februari op een vrijdag valt, in welk geval die dag de feestdag is; de eerste was maandag 6 februari 2023.
holiday-st-patrick-name = Sint-Patricksdag
holiday-remembrance-2022-name = Dag van Herdenking en Erkenning
holiday-remembrance-2022-provision = Vrijdag 18 maart 2022 was een eenmalige feestdag als erkenning van de inspanningen tijdens de COVID-19-pandemie en ter herdenking van de overledenen.
holiday-easter-monday-name = Paasmaandag
holiday-may-bank-holiday-name = Feestdag in mei (May Bank Holiday)
holiday-june-bank-holiday-name = Feestdag in juni (June Bank Holiday)
holiday-august-bank-holiday-name = Feestdag in augustus (August Bank Holiday)
holiday-october-bank-holiday-name = Feestdag in oktober (October Bank Holiday)
holiday-christmas-name = Eerste Kerstdag
holiday-st-stephen-name = Sint-Stefanusdag
holiday-millennium-1999-name = Millenniumfeestdag
holiday-millennium-1999-provision = Vrijdag 31 december 1999 is goedgekeurd als officiële millenniumfeestdag.
