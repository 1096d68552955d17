# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Feestdagen: 1 en 6 januari, Paasmaandag, 1 mei, Hemelvaartsdag, Pinkstermaandag, Sacramentsdag, 15 augustus, 26 oktober, 1 november, 8, 25 en 26 december.
calendar-incomplete = Wanneer § 33(2) AVG 24 december is gaan noemen (na 2007; in werking per juli 2023) en Goede Vrijdag (genoemd per 2004), is niet vastgesteld, dus die dagen zijn vóór 2023 respectievelijk 2004 weggelaten.
holiday-new-year-name = Nieuwjaarsdag
holiday-epiphany-name = Driekoningen
holiday-good-friday-name = Goede Vrijdag
holiday-good-friday-provision = Een termijn die eindigt op een zaterdag, zondag, wettelijke feestdag, Goede Vrijdag of 24 december, eindigt op de volgende dag die geen van deze dagen is.
holiday-easter-monday-name = Paasmaandag
holiday-labour-day-name = Dag van de Arbeid
holiday-ascension-name = Hemelvaartsdag
holiday-whit-monday-name = Pinkstermaandag
holiday-corpus-christi-name = Sacramentsdag
holiday-assumption-name = Maria-Tenhemelopneming
holiday-national-day-name = Nationale feestdag
holiday-all-saints-name = Allerheiligen
holiday-immaculate-conception-name = Maria-Onbevlekte Ontvangenis
holiday-christmas-eve-name = Kerstavond
holiday-christmas-eve-provision = Een termijn die eindigt op een zaterdag, zondag, wettelijke feestdag, Goede Vrijdag of 24 december, eindigt op de volgende dag die geen van deze dagen is.
holiday-christmas-name = Eerste Kerstdag
holiday-st-stephen-name = Sint-Stefanusdag
