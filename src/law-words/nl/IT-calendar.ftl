# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Feestdagen naast de zondagen: 1 januari, 6 januari, Paasmaandag, 25 april, 1 mei, 2 juni (Festa della Repubblica, vanaf 2001 weer op die datum), 15 augustus, 4 oktober (vanaf 2026), 1 november, 8 december, 25 en 26 december. Sint-Jozef, Hemelvaartsdag, Sacramentsdag, Petrus en Paulus en 4 november staan nog in de gedrukte lijst van art. 2, maar hebben in 1977 hun burgerlijke werking verloren; 4 november en (1977–2000) 2 juni werden naar een zondag verplaatst.
calendar-incomplete = De feestdag van de beschermheilige van elke gemeente (Rome 29 juni, Milaan 7 december …) is een lokale feestdag, en geen daarvan is gecodeerd.
holiday-new-year-name = Nieuwjaarsdag
holiday-epiphany-name = Driekoningen
holiday-easter-monday-name = Paasmaandag
holiday-liberation-day-name = Bevrijdingsdag
holiday-labour-day-name = Dag van de Arbeid
holiday-republic-day-name = Dag van de Republiek
holiday-assumption-name = Maria-Tenhemelopneming
holiday-st-francis-name = Sint-Franciscus van Assisi, patroonheilige van Italië
holiday-st-francis-provision = Stelt het nationale feest van Sint-Franciscus van Assisi elk jaar op 4 oktober in en voegt het toe aan de lijst van feestdagen in art. 2 L. 260/1949; in werking vanaf 1 januari 2026.
holiday-all-saints-name = Allerheiligen
holiday-immaculate-conception-name = Maria-Onbevlekte Ontvangenis
holiday-christmas-name = Kerstmis
holiday-st-stephen-name = Sint-Stefanusdag
holiday-unification-150-name = 150e verjaardag van de eenwording van Italië
holiday-unification-150-provision = Alleen voor 2011 is 17 maart een feestdag (giorno festivo) op grond van art. 2 en 4 L. 260/1949.
