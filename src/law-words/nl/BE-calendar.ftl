# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Tien wettelijke feestdagen: 1 januari, Paasmaandag, 1 mei, Onze-Lieve-Heer-Hemelvaart, Pinkstermaandag, 21 juli, 15 augustus, 1 november, 11 november en 25 december.
holiday-new-year-name = Nieuwjaar
holiday-easter-monday-name = Paasmaandag
holiday-labour-day-name = Feest van de Arbeid
holiday-ascension-name = Onze-Lieve-Heer-Hemelvaart
holiday-whit-monday-name = Pinkstermaandag
holiday-national-day-name = Nationale feestdag
holiday-assumption-name = Onze-Lieve-Vrouw-Hemelvaart
holiday-all-saints-name = Allerheiligen
holiday-armistice-name = Wapenstilstand
holiday-christmas-name = Kerstmis
