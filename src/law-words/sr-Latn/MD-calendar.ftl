# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Neradni praznici: 1. januar; 7. i 8. januar (pravoslavni Božić); 8. mart; Vaskrs i Vaskršnji ponedeljak (po pravoslavnom kalendaru); ponedeljak nedelju dana posle Vaskrsa (Paștele Blajinilor); 1. maj; 9. maj; 27. avgust; 31. avgust; 25. decembar; lokalna crkvena slava.
calendar-incomplete = Vlada svake godine pomera neradne i radne dane (art. 111(5)), a lokalna crkvena slava (hram) je neradan dan; ni jedno ni drugo nije uneto u sistem.
holiday-new-year-name = Nova godina
holiday-christmas-old-style-1-name = Božić (pravoslavni)
holiday-christmas-old-style-2-name = Božić (pravoslavni, drugi dan)
holiday-womens-day-name = Međunarodni dan žena
holiday-easter-name = Vaskrs (pravoslavni)
holiday-easter-monday-name = Vaskršnji ponedeljak (pravoslavni)
holiday-memorial-easter-name = Vaskrs za pokojne (Paștele Blajinilor)
holiday-labour-day-name = Međunarodni dan solidarnosti radnika
holiday-victory-day-name = Dan pobede i Dan Evrope
holiday-childrens-day-name = Međunarodni dan deteta
holiday-childrens-day-provision = 1. jun je neradni praznik od izmene koja je stupila na snagu 30. juna 2023.
holiday-independence-day-name = Dan nezavisnosti
holiday-language-day-name = Dan nacionalnog jezika
holiday-christmas-new-style-name = Božić
