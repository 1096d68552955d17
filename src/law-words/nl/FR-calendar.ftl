# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Feestdagen: 1 januari, Paasmaandag, 1 mei, 8 mei, Hemelvaartsdag, Pinkstermaandag, 14 juli, Maria-Tenhemelopneming (15 augustus), Allerheiligen (1 november), 11 november en Kerstmis.
region-FR-57 = Moezel
region-FR-57-provision = In Moezel, Bas-Rhin en Haut-Rhin is 26 december ook een feestdag (Goede Vrijdag alleen in gemeenten met een protestantse tempel of een gemengde kerk).
region-FR-6AE = Elzas (Bas-Rhin en Haut-Rhin)
region-FR-6AE-provision = In Moezel, Bas-Rhin en Haut-Rhin is 26 december ook een feestdag (Goede Vrijdag alleen in gemeenten met een protestantse tempel of een gemengde kerk).
holiday-new-year-name = Nieuwjaarsdag
holiday-easter-monday-name = Paasmaandag
holiday-labour-day-name = Dag van de Arbeid
holiday-victory-day-name = Dag van de Overwinning in Europa
holiday-ascension-name = Hemelvaartsdag
holiday-whit-monday-name = Pinkstermaandag
holiday-national-day-name = Nationale feestdag
holiday-assumption-name = Maria-Tenhemelopneming
holiday-all-saints-name = Allerheiligen
holiday-armistice-name = Wapenstilstand
holiday-christmas-name = Kerstmis
holiday-st-stephen-name = Sint-Stefanusdag
