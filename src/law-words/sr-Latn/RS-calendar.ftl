# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Neradni dani: Nova godina (1–2. januar), Sretenje – Dan državnosti Srbije (15–16. februar), Praznik rada (1–2. maj) i Dan primirja u Prvom svetskom ratu (11. novembar), kao i verski praznici pravoslavni Božić (7. januar) i Vaskrs od Velikog petka do Vaskršnjeg ponedeljka (po pravoslavnom kalendaru). Dan pobede (9. maj) je radni dan.
calendar-incomplete = Pročitan je samo zakon sa izmenama iz 2011. (Sl. glasnik 92/2011); njegove ranije verzije nisu pročitane.
holiday-new-year-1-name = Nova godina
holiday-new-year-1-provision = Nova godina se praznuje 1. i 2. januara; kada državni praznik padne u nedelju, prvi naredni radni dan je neradan.
holiday-new-year-2-name = Nova godina (drugi dan)
holiday-new-year-2-provision = Nova godina se praznuje 1. i 2. januara; kada državni praznik padne u nedelju, prvi naredni radni dan je neradan.
holiday-orthodox-christmas-name = Božić (pravoslavni)
holiday-statehood-day-1-name = Sretenje – Dan državnosti Srbije
holiday-statehood-day-2-name = Sretenje – Dan državnosti Srbije (drugi dan)
holiday-good-friday-name = Veliki petak (pravoslavni)
holiday-holy-saturday-name = Velika subota (pravoslavna)
holiday-easter-name = Vaskrs (pravoslavni)
holiday-easter-monday-name = Vaskršnji ponedeljak (pravoslavni)
holiday-labour-day-1-name = Praznik rada
holiday-labour-day-2-name = Praznik rada (drugi dan)
holiday-armistice-day-name = Dan primirja u Prvom svetskom ratu
holiday-armistice-day-provision = Dan primirja u Prvom svetskom ratu, 11. novembar, neradni je državni praznik, koji se kao takav prvi put praznovao 2012.
