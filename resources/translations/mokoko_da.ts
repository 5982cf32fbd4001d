<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutStep</name>
    <message>
        <source>A little about you (optional)</source>
        <translation>Lidt om dig (valgfrit)</translation>
    </message>
    <message>
        <source>It helps the municipality see whether we reach everyone: young and old, in the whole municipality.</source>
        <translation>Det hjælper kommunen med at se, om vi når ud til alle – unge og ældre, i hele kommunen.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Hvor gammel er du?</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Hvor bor du?</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Become a volunteer</source>
        <translation>Bliv frivillig</translation>
    </message>
    <message>
        <source>Touch a task to read more. Volunteering is always free and voluntary.</source>
        <translation>Tryk på en opgave for at læse mere. Frivilligt arbejde er altid gratis og frivilligt.</translation>
    </message>
    <message>
        <source>Near %1</source>
        <translation>I nærheden af %1</translation>
    </message>
    <message>
        <source>I would like to help with something else</source>
        <translation>Jeg vil gerne hjælpe med noget andet</translation>
    </message>
    <message>
        <source>No task fits this choice. Try another subject, or tell us what you would like to do.</source>
        <translation>Ingen opgaver passer til dit valg. Prøv et andet emne, eller fortæl os, hvad du gerne vil lave.</translation>
    </message>
</context>
<context>
    <name>BytteborsFlow</name>
    <message>
        <source>The kiosk is not ready to save posts. Please ask the staff; nothing is lost.</source>
        <translation>Kiosken er ikke klar til at gemme opslag. Spørg personalet; intet er gået tabt.</translation>
    </message>
    <message>
        <source>Your post could not be saved just now. Please try again or ask the staff.</source>
        <translation>Dit opslag kunne ikke gemmes lige nu. Prøv igen, eller spørg personalet.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message>
        <source>Send my post</source>
        <translation>Send mit opslag</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Næste ›</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Hold the QR code in front of the camera, about 20 cm away.</source>
        <translation>Hold QR-koden op foran kameraet, cirka 20 cm væk.</translation>
    </message>
    <message>
        <source>Close the camera</source>
        <translation>Luk kameraet</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>Scan med kamera</translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>%1 has the case</source>
        <translation>%1 har sagen</translation>
    </message>
    <message>
        <source>Nobody has the case yet</source>
        <translation>Ingen har sagen endnu</translation>
    </message>
    <message>
        <source>answer was due %1: overdue</source>
        <translation>svarfristen var %1: overskredet</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>svarfrist %1</translation>
    </message>
    <message>
        <source>The case is now %1&apos;s.</source>
        <translation>Sagen er nu %1s.</translation>
    </message>
    <message>
        <source>Nobody has the case now.</source>
        <translation>Ingen har sagen nu.</translation>
    </message>
    <message>
        <source>The note is kept, for city hall only.</source>
        <translation>Noten er gemt, kun for rådhuset.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Sagen</translation>
    </message>
    <message>
        <source>Take the case</source>
        <translation>Tag sagen</translation>
    </message>
    <message>
        <source>Give it to</source>
        <translation>Giv den til</translation>
    </message>
    <message>
        <source>Internal note (never shown to the citizen)</source>
        <translation>Intern note (vises aldrig for borgeren)</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Gem noten</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed for today</source>
        <translation>Lukket for i dag</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Lukket nu</translation>
    </message>
    <message>
        <source>MOKOKO opens again at the next stop on the tour.</source>
        <translation>MOKOKO åbner igen ved næste stop på turen.</translation>
    </message>
    <message>
        <source>We open again today at %1.</source>
        <translation>Vi åbner igen i dag kl. %1.</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH.mm</translation>
    </message>
    <message>
        <source>dddd d MMMM &apos;at&apos; HH:mm</source>
        <translation>dddd &apos;den&apos; d. MMMM &apos;kl.&apos; HH.mm</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd &apos;den&apos; d. MMMM</translation>
    </message>
    <message>
        <source>Next time: %1, %2</source>
        <translation>Næste gang: %1, %2</translation>
    </message>
    <message>
        <source>The tour goes on</source>
        <translation>Turen fortsætter</translation>
    </message>
    <message>
        <source>Follow your idea or sign-up on your phone: %1</source>
        <translation>Følg din idé eller tilmelding på din telefon: %1</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check and send your sign-up</source>
        <translation>Se din tilmelding igennem, og send den</translation>
    </message>
    <message>
        <source>Yes, you may pass on my details</source>
        <translation>Ja, I må give mine oplysninger videre</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>No conflicts to look at.</source>
        <translation>Ingen konflikter at se på.</translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation>Afgjort af %1: %2</translation>
    </message>
    <message>
        <source>Not decided yet. The central version stays until you decide; nothing is overwritten.</source>
        <translation>Ikke afgjort endnu. Den centrale version bliver stående, til du afgør det; intet bliver overskrevet.</translation>
    </message>
    <message>
        <source>The decision was recorded.</source>
        <translation>Afgørelsen er gemt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>Bor i</translation>
    </message>
    <message>
        <source>With help from staff</source>
        <translation>Med hjælp fra personalet</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Høring</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Tilmelding</translation>
    </message>
    <message>
        <source>Byttebørs post</source>
        <translation>Byttebørsopslag</translation>
    </message>
    <message>
        <source>Keep the first version</source>
        <translation>Behold den første version</translation>
    </message>
    <message>
        <source>The same in substance</source>
        <translation>I det væsentlige det samme</translation>
    </message>
    <message>
        <source>Ask the citizen</source>
        <translation>Spørg borgeren</translation>
    </message>
    <message>
        <source>Only those not decided yet</source>
        <translation>Kun dem, der ikke er afgjort endnu</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation>De to udgaver</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Kept centrally (first)</source>
        <translation>Gemt centralt (først)</translation>
    </message>
    <message>
        <source>Came again</source>
        <translation>Kom igen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Bemærkning (frivilligt)</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>How we handle your information ›</source>
        <translation>Sådan behandler vi dine oplysninger ›</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Phone (or +46 … from abroad)</source>
        <translation>Telefon (eller +46 … fra udlandet)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>12 34 56 78</source>
        <translation>12 34 56 78</translation>
    </message>
    <message>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Who should we contact?</source>
        <translation>Hvem skal vi kontakte?</translation>
    </message>
    <message>
        <source>Your name or your association&apos;s</source>
        <translation>Dit navn eller foreningens navn</translation>
    </message>
    <message>
        <source>Yes, you may keep and show my post</source>
        <translation>Ja, I må gemme og vise mit opslag</translation>
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <source>Would you like a personal answer? (optional)</source>
        <translation>Vil du have et personligt svar? (valgfrit)</translation>
    </message>
    <message>
        <source>You can always follow your idea with the code on your receipt, without writing anything here.</source>
        <translation>Du kan altid følge din idé med koden på din kvittering – også uden at skrive noget her.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Yes, you may keep my contact details</source>
        <translation>Ja, I må gemme mine kontaktoplysninger</translation>
    </message>
    <message>
        <source>Also send me an e-mail when the municipality answers</source>
        <translation>Send mig også en e-mail, når kommunen svarer</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>The municipality&apos;s database cannot be reached just now. Nothing you typed is lost; try again in a moment.</source>
        <translation>Kommunens database kan ikke nås lige nu. Intet af det, du har skrevet, er tabt; prøv igen om lidt.</translation>
    </message>
    <message>
        <source>There are more ideas than a spreadsheet holds. Export them as CSV, or choose fewer with the filters.</source>
        <translation>Der er flere idéer, end et regneark kan rumme. Eksportér dem som CSV, eller vælg færre med filtrene.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing you typed is lost: %1</source>
        <translation>Noget gik galt; intet af det, du har skrevet, er tabt: %1</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>From %1 years</source>
        <translation>Fra %1 år</translation>
    </message>
    <message>
        <source>All ages (children with a grown-up)</source>
        <translation>Alle aldre (børn sammen med en voksen)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hvor tit</translation>
    </message>
    <message>
        <source>Time needed</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>Hvem kan være med</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
</context>
<context>
    <name>ErasureView</name>
    <message>
        <source>No requests waiting.</source>
        <translation>Ingen anmodninger venter.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Ingen anmodninger.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Venter: %1</translation>
    </message>
    <message>
        <source>Deleted %1 by %2</source>
        <translation>Slettet %1 af %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Waiting: the record has not arrived yet</source>
        <translation>Venter: det er ikke nået frem endnu</translation>
    </message>
    <message>
        <source>Choose a request in the list first.</source>
        <translation>Vælg først en anmodning på listen.</translation>
    </message>
    <message>
        <source>Deleted: the contact details given with %1. Every kiosk deletes what it still holds at its next sync.</source>
        <translation>Slettet: kontaktoplysningerne til %1. Hver kiosk sletter det, den stadig har, næste gang den synkroniserer.</translation>
    </message>
    <message>
        <source>Only requests waiting</source>
        <translation>Kun anmodninger, der venter</translation>
    </message>
    <message>
        <source>Requests to delete contact details</source>
        <translation>Anmodninger om at slette kontaktoplysninger</translation>
    </message>
    <message>
        <source>Note for the record (optional, not shown to the citizen)</source>
        <translation>Note til sagen (valgfri, borgeren ser den ikke)</translation>
    </message>
    <message>
        <source>Delete the contact details</source>
        <translation>Slet kontaktoplysningerne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Anmodet</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No kiosks are registered yet.</source>
        <translation>Der er ingen kiosker registreret endnu.</translation>
    </message>
    <message>
        <source>%1 of %2 kiosks need attention.</source>
        <translation>%1 af %2 kiosker kræver opmærksomhed.</translation>
    </message>
    <message>
        <source>All %1 kiosks are fine.</source>
        <translation>Alle %1 kiosker er i orden.</translation>
    </message>
    <message>
        <source>Printer OK</source>
        <translation>Printer OK</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Mangler papir</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>Printeren er offline</translation>
    </message>
    <message>
        <source>Printer refused the last receipt</source>
        <translation>Printeren afviste den seneste kvittering</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Ingen printer</translation>
    </message>
    <message>
        <source>Receipt could not be read</source>
        <translation>Kvitteringen kunne ikke læses</translation>
    </message>
    <message>
        <source>Printer not used yet</source>
        <translation>Printeren er ikke brugt endnu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosker</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Sidste kontakt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Lagt til side</translation>
    </message>
    <message>
        <source>Printer and disk</source>
        <translation>Printer og disk</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Advarsler</translation>
    </message>
</context>
<context>
    <name>FollowUpScreen</name>
    <message>
        <source>Your contact details have been deleted (%1).</source>
        <translation>Dine kontaktoplysninger er slettet (%1).</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Kode %1</translation>
    </message>
    <message>
        <source>This receipt comes from another MOKOKO kiosk.</source>
        <translation>Kvitteringen er fra en anden MOKOKO-kiosk.</translation>
    </message>
    <message>
        <source>We do not know this code yet.</source>
        <translation>Vi kender ikke koden endnu.</translation>
    </message>
    <message>
        <source>You have asked us to delete your contact details. They are deleted from this kiosk; a case worker at the municipality deletes them there too when the kiosk has sent your request.</source>
        <translation>Du har bedt os om at slette dine kontaktoplysninger. De er slettet her på kiosken, og en sagsbehandler i kommunen sletter dem også dér, når kiosken har sendt din anmodning.</translation>
    </message>
    <message>
        <source>To have your contact details deleted, ask at the kiosk where you got the receipt.</source>
        <translation>Vil du have slettet dine kontaktoplysninger, så spørg ved den kiosk, hvor du fik kvitteringen.</translation>
    </message>
    <message>
        <source>If you gave your idea at another stop, it can take a little while before it reaches this kiosk.</source>
        <translation>Hvis du gav din idé ved et andet stop, kan der gå lidt tid, før den når frem til denne kiosk.</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Intet svar endnu</translation>
    </message>
    <message>
        <source>Your idea has been received. The contact person has not answered yet; please look again later.</source>
        <translation>Din idé er modtaget. Kontaktpersonen har ikke svaret endnu – kig forbi igen senere.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Siden %1</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Kontaktperson: %1</translation>
    </message>
    <message>
        <source>Your idea (%1): %2</source>
        <translation>Din idé (%1): %2</translation>
    </message>
    <message>
        <source>Your idea (%1) was given at %2 on %3.</source>
        <translation>Din idé (%1) blev givet i %2 den %3.</translation>
    </message>
    <message>
        <source>Looking up the answer at the municipality …</source>
        <translation>Vi slår svaret op hos kommunen …</translation>
    </message>
    <message>
        <source>Many codes have been looked up here in the last minute. Please try again in a minute.</source>
        <translation>Der er slået mange koder op her det sidste minut. Prøv igen om et minut.</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the municipality right now, so it cannot show the answer. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>Kiosken kan ikke få forbindelse til kommunen lige nu og kan derfor ikke vise svaret. Prøv igen senere, eller scan QR-koden på din kvittering med din telefon.</translation>
    </message>
    <message>
        <source>If you gave it at another stop, it can take a little while before it reaches the municipality.</source>
        <translation>Har du givet den ved et andet stop, kan der gå lidt tid, før den når frem til kommunen.</translation>
    </message>
    <message>
        <source>Your sign-up from %1</source>
        <translation>Din tilmelding fra %1</translation>
    </message>
    <message>
        <source>The contact person will contact you.</source>
        <translation>Kontaktpersonen kontakter dig.</translation>
    </message>
    <message>
        <source>The contact person has contacted you.</source>
        <translation>Kontaktpersonen har kontaktet dig.</translation>
    </message>
    <message>
        <source>You have been given a place. Welcome!</source>
        <translation>Du har fået en plads. Velkommen!</translation>
    </message>
    <message>
        <source>This time it did not work out. Thank you for wanting to help.</source>
        <translation>Det blev ikke til noget denne gang. Tak, fordi du ville hjælpe.</translation>
    </message>
    <message>
        <source>Your contact details are deleted, so %1 cannot contact you. Questions: %2</source>
        <translation>Dine kontaktoplysninger er slettet, så %1 kan ikke kontakte dig. Spørgsmål: %2</translation>
    </message>
    <message>
        <source>%1 will contact you. Questions: %2</source>
        <translation>%1 kontakter dig. Spørgsmål: %2</translation>
    </message>
    <message>
        <source>Something else: %1</source>
        <translation>Noget andet: %1</translation>
    </message>
    <message>
        <source>Your contact details are deleted, so the municipality cannot contact you about it.</source>
        <translation>Dine kontaktoplysninger er slettet, så kommunen kan ikke kontakte dig om det.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator will contact you.</source>
        <translation>Kommunens frivilligkoordinator kontakter dig.</translation>
    </message>
    <message>
        <source>Your offer from %1</source>
        <translation>Dit tilbud fra %1</translation>
    </message>
    <message>
        <source>Your need from %1</source>
        <translation>Dit behov fra %1</translation>
    </message>
    <message>
        <source>The municipality contacts you when someone fits.</source>
        <translation>Kommunen kontakter dig, når der er nogen, der passer.</translation>
    </message>
    <message>
        <source>Delete my contact details</source>
        <translation>Slet mine oplysninger</translation>
    </message>
    <message>
        <source>Delete your contact details?</source>
        <translation>Slet dine oplysninger?</translation>
    </message>
    <message>
        <source>We delete your name, phone number and e-mail, here and at the municipality. You will then get no personal answer; what you gave stays, without your name.</source>
        <translation>Vi sletter dit navn, dit telefonnummer og din e-mail – her og hos kommunen. Så får du ikke et personligt svar. Det, du har givet, bliver stående uden dit navn.</translation>
    </message>
    <message>
        <source>Yes, delete them</source>
        <translation>Ja, slet dem</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Follow your idea</source>
        <translation>Følg din idé</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt, or type the code that is printed under it.</source>
        <translation>Scan QR-koden på din kvittering, eller skriv koden, der står under den.</translation>
    </message>
    <message>
        <source>For example ABCD-EFG-HJK</source>
        <translation>For eksempel ABCD-EFG-HJK</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>What would you like to help with?</source>
        <translation>Hvad vil du gerne hjælpe med?</translation>
    </message>
    <message>
        <source>Tell us in your own words. The municipality&apos;s volunteer coordinator finds a place for you.</source>
        <translation>Fortæl det med dine egne ord. Kommunens frivilligkoordinator finder et sted, der passer til dig.</translation>
    </message>
    <message>
        <source>For example: I can repair bikes, and I would like to teach young people.</source>
        <translation>For eksempel: Jeg kan reparere cykler og vil gerne lære unge det.</translation>
    </message>
    <message>
        <source>What interests you? (you may choose several)</source>
        <translation>Hvad interesserer dig? (du må vælge flere)</translation>
    </message>
</context>
<context>
    <name>IdeaFlow</name>
    <message>
        <source>The kiosk is not ready to save ideas. Please ask the staff; your idea is still here.</source>
        <translation>Kiosken er ikke klar til at gemme idéer lige nu. Spørg personalet – din idé er her stadig.</translation>
    </message>
    <message>
        <source>Your idea could not be saved just now. Please try again or ask the staff; nothing is lost.</source>
        <translation>Din idé kunne ikke gemmes lige nu. Prøv igen, eller spørg personalet – intet er gået tabt.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message>
        <source>On behalf of a citizen (recorded as given with help from staff)</source>
        <translation>På vegne af en borger (registreres som givet med hjælp fra personalet)</translation>
    </message>
    <message>
        <source>Send my idea</source>
        <translation>Send min idé</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Næste ›</translation>
    </message>
</context>
<context>
    <name>IdeaPanel</name>
    <message>
        <source>Choose an idea in the list</source>
        <translation>Vælg en idé på listen</translation>
    </message>
    <message>
        <source>%1 ideas chosen: one answer for all of them</source>
        <translation>%1 idéer valgt: ét svar til dem alle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>%1 at %2 (paper form, typed in %3)</source>
        <translation>%1 i %2 (papirblanket, skrevet ind %3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Område: %1</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Kontaktperson: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>Language: %1 · age group: %2 · home area: %3</source>
        <translation>Sprog: %1 · aldersgruppe: %2 · bor i: %3</translation>
    </message>
    <message>
        <source>Given with help from staff</source>
        <translation>Givet med hjælp fra personalet</translation>
    </message>
    <message>
        <source>Given by the citizen alone</source>
        <translation>Givet af borgeren selv</translation>
    </message>
    <message>
        <source>Hidden at the kiosk (%1): never shown on a public wall</source>
        <translation>Skjult på kiosken (%1): vises aldrig offentligt</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Ikke besvaret endnu.</translation>
    </message>
    <message>
        <source>No contact details were left.</source>
        <translation>Borgeren har ikke givet kontaktoplysninger.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>sendt videre til %1</translation>
    </message>
    <message>
        <source>put in the case &apos;%1&apos;</source>
        <translation>lagt i sagen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>gave the case to %1</source>
        <translation>gav sagen til %1</translation>
    </message>
    <message>
        <source>took the case from its owner</source>
        <translation>tog sagen fra dens ejer</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>hidden at the kiosk: %1</source>
        <translation>skjult på kiosken: %1</translation>
    </message>
    <message>
        <source>shown again at the kiosk</source>
        <translation>vist igen på kiosken</translation>
    </message>
    <message>
        <source>looked at the contact details</source>
        <translation>så kontaktoplysningerne</translation>
    </message>
    <message>
        <source>Write the reply the citizen will read.</source>
        <translation>Skriv det svar, borgeren skal læse.</translation>
    </message>
    <message>
        <source>The reply is %1 characters; at most %2 fit.</source>
        <translation>Svaret er på %1 tegn; der er plads til højst %2.</translation>
    </message>
    <message>
        <source>This status needs a reason (for city hall; the citizen does not see it).</source>
        <translation>Denne status kræver en begrundelse (til rådhuset; borgeren ser den ikke).</translation>
    </message>
    <message>
        <source>The answer was sent for %1 ideas.</source>
        <translation>Svaret er sendt til %1 idéer.</translation>
    </message>
    <message>
        <source>The answer was sent.</source>
        <translation>Svaret er sendt.</translation>
    </message>
    <message>
        <source>%1 was not changed: someone else answered it meanwhile.</source>
        <translation>%1 blev ikke ændret: en anden har svaret på den imens.</translation>
    </message>
    <message>
        <source>Sent on. Contact person: %1</source>
        <translation>Sendt videre. Kontaktperson: %1</translation>
    </message>
    <message>
        <source>On the wall: kiosks show it after their next sync, the follow-up site at once.</source>
        <translation>Vist på væggen: kioskerne viser den efter næste synkronisering, opfølgningssiden med det samme.</translation>
    </message>
    <message>
        <source>The contact details have been deleted as promised.</source>
        <translation>Kontaktoplysningerne er slettet, som lovet.</translation>
    </message>
    <message>
        <source>(Your look was written in the access log.)</source>
        <translation>(At du har set dem, er skrevet i adgangsloggen.)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reason (for city hall only)</source>
        <translation>Begrundelse (kun til rådhuset)</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Send to another area</source>
        <translation>Send videre til et andet område</translation>
    </message>
    <message>
        <source>Note for the contact person (optional)</source>
        <translation>Besked til kontaktpersonen (frivilligt)</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>Send videre</translation>
    </message>
    <message>
        <source>Show contact details (logged)</source>
        <translation>Vis kontaktoplysninger (logges)</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>Vis på væggen</translation>
    </message>
    <message>
        <source>Headline for the wall (&apos;I sagde – vi gjorde&apos;)</source>
        <translation>Overskrift til væggen (»I sagde – vi gjorde«)</translation>
    </message>
    <message>
        <source>Why do you need them? (written in the access log)</source>
        <translation>Hvorfor skal du se dem? (skrives i adgangsloggen)</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Are you still there?</source>
        <translation>Er du her stadig?</translation>
    </message>
    <message>
        <source>Everything will be deleted in %1 seconds, so the next person cannot see it.</source>
        <translation>Om %1 sekunder bliver alt slettet, så den næste ikke kan se det.</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ja, jeg er her stadig</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) exported to %1</source>
        <translation>
            <numerusform>%n idé eksporteret til %1</numerusform>
            <numerusform>%n idéer eksporteret til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idéer</translation>
    </message>
    <message>
        <source>Export the ideas</source>
        <translation>Eksportér idéerne</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvaret</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller …</translation>
    </message>
    <message>
        <source>1 idea</source>
        <translation>1 idé</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation>%1 idéer</translation>
    </message>
    <message>
        <source>about %1 ideas (estimated: counting them all would take a while)</source>
        <translation>ca. %1 idéer (anslået: at tælle dem alle ville tage et stykke tid)</translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation>; %1 vises</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Frist overskredet</translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation>Kun ubesvarede</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Only my areas</source>
        <translation>Kun mine områder</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mine sager</translation>
    </message>
    <message>
        <source>Past the answer deadline</source>
        <translation>Overskredet frist</translation>
    </message>
    <message>
        <source>Nobody has the case</source>
        <translation>Uden ejer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>Bor i</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>alle dage</translation>
    </message>
    <message>
        <source>e.g. cykelsti</source>
        <translation>fx cykelsti</translation>
    </message>
    <message>
        <source>Export to Excel (XLSX)</source>
        <translation>Eksportér til Excel (XLSX)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksportér som CSV</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Vis flere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>Key files (*.json *.key);;All files (*)</source>
        <translation>Nøglefiler (*.json *.key);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The municipality&apos;s key files</source>
        <translation>Kommunens nøglefiler</translation>
    </message>
    <message>
        <source>Your association&apos;s key file</source>
        <translation>Foreningens nøglefil</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>The passphrase of %1 (asked once while the app is open):</source>
        <translation>Adgangssætningen til %1 (du bliver kun spurgt én gang, mens programmet er åbent):</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation>Dansk</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>Send e-mails now</source>
        <translation>Send e-mails nu</translation>
    </message>
    <message>
        <source>E-mail: sending…</source>
        <translation>E-mail: sender …</translation>
    </message>
    <message>
        <source>E-mail, checked %1 · sent in the last 24 hours: %2 · waiting: %3 · could not be delivered: %4</source>
        <translation>E-mail, tjekket kl. %1 · sendt det seneste døgn: %2 · venter: %3 · kunne ikke leveres: %4</translation>
    </message>
    <message>
        <source>E-mail: %1 waiting for the municipality&apos;s key</source>
        <translation>E-mail: %1 venter på kommunens nøgle</translation>
    </message>
    <message>
        <source>Open the key and send</source>
        <translation>Åbn nøglen og send</translation>
    </message>
    <message>
        <source>E-mail: not sent just now; tried again in a few minutes</source>
        <translation>E-mail: ikke sendt lige nu; prøves igen om få minutter</translation>
    </message>
    <message>
        <source>E-mail: starts when the inbox has loaded</source>
        <translation>E-mail: går i gang, når indbakken er hentet</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>MOKOKO · City hall</source>
        <translation>MOKOKO · Rådhuset</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivillige</translation>
    </message>
    <message>
        <source>Byttebørs</source>
        <translation>Byttebørs</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Erasure requests</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosker</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Reading the year…</source>
        <translation>Læser året …</translation>
    </message>
    <message>
        <source>The yearly report is saved: %1</source>
        <translation>Årsrapporten er gemt: %1</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>Gem årsrapporten</translation>
    </message>
    <message>
        <source>No ideas or sign-ups came in in %1.</source>
        <translation>Der kom ingen idéer eller tilmeldinger i %1.</translation>
    </message>
    <message>
        <source>Ideas: %1 (%2: %3) · sign-ups: %4, placed: %5 · Byttebørs matches: %6</source>
        <translation>Idéer: %1 (%2: %3) · tilmeldinger: %4, sat i gang: %5 · match i Byttebørsen: %6</translation>
    </message>
    <message>
        <source>Still without an answer: %1, of them over %2 days: %3 · matters (similar ideas in a case count once): %4</source>
        <translation>Endnu uden svar: %1, heraf over %2 dage: %3 · sager (lignende idéer samlet tælles som én): %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Double-click: the inbox with this filter</source>
        <translation>Dobbeltklik: indbakken med dette filter</translation>
    </message>
    <message>
        <source>Ideas by administration area</source>
        <translation>Idéer efter forvaltningsområde</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Effect goals</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>Figures by area and stop</source>
        <translation>Tal for område og stop</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>Effect goal</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål for året</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>Nået?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>Filter in the inbox</source>
        <translation>Filter i indbakken</translation>
    </message>
</context>
<context>
    <name>PartnerWindow</name>
    <message>
        <source>MOKOKO · Volunteers</source>
        <translation>MOKOKO · Frivillige</translation>
    </message>
    <message>
        <source>The volunteers who signed up at MOKOKO for what %1 runs: %2. City hall hands you their contact details, sealed to your association&apos;s key; each time you open them, it is written in the municipality&apos;s access log with the reason you give. Mark each volunteer when you have called them: they see it when they follow up.</source>
        <translation>De frivillige, der har meldt sig hos MOKOKO til det, %1 står for: %2. Rådhuset giver jer deres kontaktoplysninger, forseglet til foreningens nøgle; hver gang I åbner dem, skrives det i kommunens adgangslog med den begrundelse, I giver. Markér hver frivillig, når I har ringet til dem: de kan se det, når de følger op.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Hvor gammel er du?</translation>
    </message>
    <message>
        <source>You are under 15, so a parent or guardian must say yes too</source>
        <translation>Du er under 15, så en forælder eller værge skal også sige ja</translation>
    </message>
    <message>
        <source>Send me an e-mail when the contact person has been in touch</source>
        <translation>Send mig en e-mail, når kontaktpersonen har kontaktet mig</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s name</source>
        <translation>Forælderens eller værgens navn</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s phone</source>
        <translation>Forælderens eller værgens telefon</translation>
    </message>
    <message>
        <source>Yes, I am the parent or guardian and I agree</source>
        <translation>Ja, jeg er forælder eller værge og siger ja</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>Please choose 6 to 12 digits, not a row or one digit repeated.</source>
        <translation>Vælg 6 til 12 cifre – ikke en række som 123456 eller det samme ciffer igen og igen.</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>De to koder var forskellige. Start forfra.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait %1 seconds.</source>
        <translation>For mange forkerte koder. Vent %1 sekunder.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Koden er forkert. Prøv igen.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personalekode</translation>
    </message>
    <message>
        <source>Set up the kiosk: choose a staff PIN (6 to 12 digits)</source>
        <translation>Klargør kiosken: vælg en personalekode (6 til 12 cifre)</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Skriv den samme kode igen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>Slet det sidste tal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Afbryd</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>Byttebørs, the swap board: what can you offer, or what do you need?</source>
        <translation>Byttebørs: Hvad kan du tilbyde, eller hvad har du brug for?</translation>
    </message>
    <message>
        <source>I / we can offer something</source>
        <translation>Jeg/vi kan tilbyde noget</translation>
    </message>
    <message>
        <source>I / we need something</source>
        <translation>Jeg/vi har brug for noget</translation>
    </message>
    <message>
        <source>For example: an hour a week of homework help, a trailer on Saturdays, or a meeting room.</source>
        <translation>For eksempel: en times lektiehjælp om ugen, en trailer om lørdagen eller et mødelokale.</translation>
    </message>
    <message>
        <source>For example: our club needs a coach on Tuesdays, or help to paint the clubhouse.</source>
        <translation>For eksempel: vores klub mangler en træner om tirsdagen eller hjælp til at male klubhuset.</translation>
    </message>
    <message>
        <source>What is it about? (choose at least one)</source>
        <translation>Hvad handler det om? (vælg mindst ét)</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Hvor?</translation>
    </message>
</context>
<context>
    <name>PostsView</name>
    <message>
        <source>Offers</source>
        <translation>Tilbyder</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Søger</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 opslag</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Offers and needs that fit, across every stop</source>
        <translation>Tilbud og behov, der passer sammen, på tværs af alle stop</translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation>Byttebørsopslag</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbydes</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Efterspørges</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Fælles emner</translation>
    </message>
    <message>
        <source>Same stop</source>
        <translation>Samme stop</translation>
    </message>
</context>
<context>
    <name>PrivacySheet</name>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>‹ Back to the form</source>
        <translation>‹ Tilbage til formularen</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Not given</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source>Age: %1
Lives in: %2</source>
        <translation>Alder: %1
Bor i: %2</translation>
    </message>
    <message>
        <source>None: you follow your idea with the code</source>
        <translation>Ingen – du følger din idé med koden</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Er det rigtigt?</translation>
    </message>
    <message>
        <source>This is exactly what will be saved. Touch “Change” to correct something.</source>
        <translation>Sådan bliver det gemt. Tryk på »Ret« for at ændre noget.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Din idé</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ret</translation>
    </message>
</context>
<context>
    <name>SignupsView</name>
    <message>
        <source>Something else: %1</source>
        <translation>Noget andet: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <source>%1 sign-ups</source>
        <translation>%1 tilmeldinger</translation>
    </message>
    <message>
        <source>1 sign-up</source>
        <translation>1 tilmelding</translation>
    </message>
    <message>
        <source>Choose a sign-up in the list first.</source>
        <translation>Vælg først en tilmelding på listen.</translation>
    </message>
    <message>
        <source>The contact details have been deleted as promised.</source>
        <translation>Kontaktoplysningerne er slettet, som lovet.</translation>
    </message>
    <message>
        <source>(Your look was written in the access log.)</source>
        <translation>(At du har set dem, er skrevet i adgangsloggen.)</translation>
    </message>
    <message>
        <source>Only opportunities I am the contact of</source>
        <translation>Kun de muligheder, jeg er kontaktperson for</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show contact details (logged)</source>
        <translation>Vis kontaktoplysninger (logges)</translation>
    </message>
    <message>
        <source>Why do you need them? (written in the access log)</source>
        <translation>Hvorfor skal du se dem? (skrives i adgangsloggen)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact details handed over</source>
        <translation>Kontaktoplysninger givet videre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Likely the same person as</source>
        <translation>Sandsynligvis samme person som</translation>
    </message>
</context>
<context>
    <name>SimilarBox</name>
    <message>
        <source>Looking for similar ideas…</source>
        <translation>Leder efter lignende idéer …</translation>
    </message>
    <message>
        <source>in this case</source>
        <translation>i denne sag</translation>
    </message>
    <message>
        <source>in another case</source>
        <translation>i en anden sag</translation>
    </message>
    <message>
        <source>No other idea is much like it.</source>
        <translation>Ingen anden idé ligner den meget.</translation>
    </message>
    <message>
        <source>In the case &apos;%1&apos;: %2 ideas, stops: %3. An answer to it goes to every one of them.</source>
        <translation>I sagen &apos;%1&apos;: %2 idéer, stop: %3. Et svar på sagen går til dem alle.</translation>
    </message>
    <message>
        <source>Add the ticked ideas to this case</source>
        <translation>Læg de afkrydsede idéer i denne sag</translation>
    </message>
    <message>
        <source>Put this idea and the ticked ones in one case</source>
        <translation>Saml denne idé og de afkrydsede i én sag</translation>
    </message>
    <message>
        <source>Similar ideas</source>
        <translation>Lignende idéer</translation>
    </message>
    <message>
        <source>Take it out of the case</source>
        <translation>Tag den ud af sagen</translation>
    </message>
</context>
<context>
    <name>StaffCloseDayScreen</name>
    <message>
        <source>Sending to the municipality: %1</source>
        <translation>Sender til kommunen: %1</translation>
    </message>
    <message>
        <source>Everything is sent to the municipality.</source>
        <translation>Alt er sendt til kommunen.</translation>
    </message>
    <message>
        <source>Saving the day&apos;s figures…</source>
        <translation>Gemmer dagens tal …</translation>
    </message>
    <message>
        <source>The day&apos;s figures are saved: %1</source>
        <translation>Dagens tal er gemt: %1</translation>
    </message>
    <message>
        <source>The day report (A4) is saved: %1</source>
        <translation>Dagsrapporten (A4) er gemt: %1</translation>
    </message>
    <message>
        <source>The day&apos;s figures could not be saved: %1</source>
        <translation>Dagens tal kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>The printer did not take the day&apos;s figures (%1); they are saved: %2</source>
        <translation>Printeren tog ikke imod dagens tal (%1); de er gemt: %2</translation>
    </message>
    <message>
        <source>%1 records are not sent yet. They are kept safely here and go at the next sync; leave the kiosk on or connect it tomorrow.</source>
        <translation>%1 registreringer er ikke sendt endnu. De er gemt sikkert her og sendes ved næste synkronisering; lad kiosken være tændt, eller forbind den i morgen.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to the municipality: everything is kept here.</source>
        <translation>Kiosken er ikke forbundet til kommunen: alt er gemt her.</translation>
    </message>
    <message>
        <source>%1 receipts were not printed (see Receipts).</source>
        <translation>%1 kvitteringer blev ikke udskrevet (se Kvitteringer).</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Luk dagen</translation>
    </message>
    <message>
        <source>Sending to the municipality…</source>
        <translation>Sender til kommunen …</translation>
    </message>
    <message>
        <source>Not connected to the municipality.</source>
        <translation>Ikke forbundet til kommunen.</translation>
    </message>
    <message>
        <source>Print the day&apos;s figures</source>
        <translation>Udskriv dagens tal</translation>
    </message>
    <message>
        <source>Close for today</source>
        <translation>Luk for i dag</translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation>Tilbage til personale</translation>
    </message>
</context>
<context>
    <name>StaffDashboardScreen</name>
    <message>
        <source>The day&apos;s figures are printed.</source>
        <translation>Dagens tal er udskrevet.</translation>
    </message>
    <message>
        <source>The printer did not take the day&apos;s figures; save the day report instead.</source>
        <translation>Printeren tog ikke imod dagens tal; gem dagsrapporten i stedet.</translation>
    </message>
    <message>
        <source>The day report (A4) is saved: %1</source>
        <translation>Dagsrapporten (A4) er gemt: %1</translation>
    </message>
    <message>
        <source>The day report could not be saved: %1</source>
        <translation>Dagsrapporten kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>The figures could not be read just now: %1</source>
        <translation>Tallene kunne ikke hentes lige nu: %1</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation>Byttebørsopslag</translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation>Skjulte: %1</translation>
    </message>
    <message>
        <source>Receipts not printed: %1</source>
        <translation>Kvitteringer ikke udskrevet: %1</translation>
    </message>
    <message>
        <source>Food baskets: %1 given, %2 redeemed</source>
        <translation>Madkurve: %1 givet, %2 indløst</translation>
    </message>
    <message>
        <source>Nothing has come in yet today.</source>
        <translation>Der er ikke kommet noget ind endnu i dag.</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Time for time</translation>
    </message>
    <message>
        <source>Age groups (ideas and sign-ups): %1; not said: %2</source>
        <translation>Aldersgrupper (idéer og tilmeldinger): %1; ikke oplyst: %2</translation>
    </message>
    <message>
        <source>Home areas (ideas): %1 from %2 itself, %3 from elsewhere, %4 did not say</source>
        <translation>Bopæl (idéer): %1 fra selve %2, %3 fra andre steder, %4 har ikke oplyst det</translation>
    </message>
    <message>
        <source>Not heard today, by age: %1</source>
        <translation>Ikke hørt fra i dag, efter alder: %1</translation>
    </message>
    <message>
        <source>Not heard today, by home area: %1</source>
        <translation>Ikke hørt fra i dag, efter bopæl: %1</translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation>Dagen i tal</translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation>Tilbage til personale</translation>
    </message>
    <message>
        <source>Save the day report (A4)</source>
        <translation>Gem dagsrapporten (A4)</translation>
    </message>
    <message>
        <source>Print the short version</source>
        <translation>Udskriv kort udgave</translation>
    </message>
</context>
<context>
    <name>StaffDayScreen</name>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Volunteer (something else)</source>
        <translation>Frivillig (noget andet)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>samme sted</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>et andet sted</translation>
    </message>
    <message>
        <source>(contact details sealed: city hall has them)</source>
        <translation>(kontaktoplysningerne er forseglet: rådhuset har dem)</translation>
    </message>
    <message>
        <source>No offers or needs yet today.</source>
        <translation>Ingen tilbud eller behov endnu i dag.</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Noget andet</translation>
    </message>
    <message>
        <source>No sign-ups yet today.</source>
        <translation>Ingen tilmeldinger endnu i dag.</translation>
    </message>
    <message>
        <source>… and %1 more (mokoko offer matches)</source>
        <translation>… og %1 mere (mokoko offer matches)</translation>
    </message>
    <message>
        <source>No matches yet: they appear when offers, needs or volunteers share a subject.</source>
        <translation>Ingen match endnu: de kommer, når tilbud, behov eller frivillige har et emne til fælles.</translation>
    </message>
    <message>
        <source>Byttebørs and volunteers today</source>
        <translation>Byttebørs og frivillige i dag</translation>
    </message>
    <message>
        <source>Offers and needs</source>
        <translation>Tilbud og behov</translation>
    </message>
    <message>
        <source>Volunteer sign-ups</source>
        <translation>Tilmeldinger som frivillig</translation>
    </message>
    <message>
        <source>Suggested matches (shared subjects, best first)</source>
        <translation>Forslag til match (fælles emner, bedste først)</translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation>Tilbage til personale</translation>
    </message>
</context>
<context>
    <name>StaffMail</name>
    <message>
        <source>New idea sent to you: {text}</source>
        <translation>Ny idé sendt til dig: {text}</translation>
    </message>
    <message>
        <source>Hello {name},

An idea has been sent to {area}, where you are the contact person:

{text}

Open it in the office app: {link}
Or search for the code {code} in the inbox.

MOKOKO – the mobile municipal office</source>
        <translation>Hej {name}

En idé er sendt til {area}, hvor du er kontaktperson:

{text}

Åbn den i kontorappen: {link}
Eller søg på koden {code} i indbakken.

MOKOKO – Mobilt Kommunekontor</translation>
    </message>
</context>
<context>
    <name>StaffModerationScreen</name>
    <message>
        <source>No ideas yet today.</source>
        <translation>Ingen idéer endnu i dag.</translation>
    </message>
    <message>
        <source>Tap an idea to hide it or show it again.</source>
        <translation>Tryk på en idé for at skjule den eller vise den igen.</translation>
    </message>
    <message>
        <source>HIDDEN %1 (%2)</source>
        <translation>SKJULT %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is hidden: no public wall will show it; city hall still sees it.</source>
        <translation>%1 er skjult: den vises ikke offentligt, men rådhuset kan stadig se den.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 vises igen.</translation>
    </message>
    <message>
        <source>Nothing was changed: the idea had changed meanwhile. The list is read again.</source>
        <translation>Intet blev ændret: idéen var ændret i mellemtiden. Listen hentes igen.</translation>
    </message>
    <message>
        <source>The ideas could not be read just now: %1</source>
        <translation>Idéerne kunne ikke hentes lige nu: %1</translation>
    </message>
    <message>
        <source>Today&apos;s ideas</source>
        <translation>Dagens idéer</translation>
    </message>
    <message>
        <source>Why hide it?</source>
        <translation>Hvorfor skal den skjules?</translation>
    </message>
    <message>
        <source>Hide the idea</source>
        <translation>Skjul idéen</translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation>Vis den igen</translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation>Tilbage til personale</translation>
    </message>
</context>
<context>
    <name>StaffOpenDayScreen</name>
    <message>
        <source>No receipt printer is set up on this kiosk.</source>
        <translation>Der er ingen kvitteringsprinter på denne kiosk.</translation>
    </message>
    <message>
        <source>The test receipt went to %1. Did it come out, with æ, ø, å and a sharp QR code?</source>
        <translation>Testkvitteringen er sendt til %1. Kom den ud, med æ, ø, å og en skarp QR-kode?</translation>
    </message>
    <message>
        <source>The test receipt did not print. Check the printer&apos;s cable, power and paper, then try again.</source>
        <translation>Testkvitteringen blev ikke udskrevet. Se efter printerens kabel, strøm og papir, og prøv igen.</translation>
    </message>
    <message>
        <source>Sync is not running in this window.</source>
        <translation>Synkroniseringen kører ikke i dette vindue.</translation>
    </message>
    <message>
        <source>Start the day</source>
        <translation>Start dagen</translation>
    </message>
    <message>
        <source>Keep open all day today</source>
        <translation>Hold åbent hele dagen i dag</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Udskriv en testkvittering</translation>
    </message>
    <message>
        <source>It came out fine</source>
        <translation>Den kom fint ud</translation>
    </message>
    <message>
        <source>The roll is full</source>
        <translation>Rullen er fyldt</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>Åbn kiosken</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Sync is not running in this window.</source>
        <translation>Synkroniseringen kører ikke i dette vindue.</translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation>Læser status for synkroniseringen …</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Sidst synkroniseret: %1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Sidst synkroniseret: aldrig</translation>
    </message>
    <message>
        <source>%1 records conflict with the central database; they are kept aside there for city hall.</source>
        <translation>%1 registreringer er i konflikt med den centrale database; de er lagt til side dér, så rådhuset kan se på dem.</translation>
    </message>
    <message>
        <source>%1 records could not be sent; they are kept here (the log says why).</source>
        <translation>%1 registreringer kunne ikke sendes; de gemmes her (loggen fortæller hvorfor).</translation>
    </message>
    <message>
        <source>%1 catalogue entries from the municipality could not be used; the earlier ones are kept (see the log).</source>
        <translation>%1 katalogposter fra kommunen kunne ikke bruges; de tidligere beholdes (se loggen).</translation>
    </message>
    <message>
        <source>The records could not be made ready to send again. Please try once more (see the log).</source>
        <translation>Registreringerne kunne ikke gøres klar til at blive sendt igen. Prøv en gang til (se loggen).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen …</translation>
    </message>
    <message>
        <source>Connected: the municipality knows this kiosk as %1. It syncs now.</source>
        <translation>Forbundet: kommunen kender denne kiosk som %1. Den synkroniserer nu.</translation>
    </message>
    <message>
        <source>That is not a kiosk&apos;s connection. Scan the QR code city hall made for this kiosk; nothing was changed.</source>
        <translation>Det er ikke en forbindelse til en kiosk. Scan den QR-kode, rådhuset har lavet til denne kiosk; intet er ændret.</translation>
    </message>
    <message>
        <source>The municipality does not know this connection as a kiosk. Ask city hall for a new one; nothing was changed.</source>
        <translation>Kommunen kender ikke denne forbindelse som en kiosk. Bed rådhuset om en ny; intet er ændret.</translation>
    </message>
    <message>
        <source>The municipality cannot be reached with it just now; nothing was changed. Try again when the kiosk is online.</source>
        <translation>Kommunen kan ikke nås med den lige nu; intet er ændret. Prøv igen, når kiosken er online.</translation>
    </message>
    <message>
        <source>No key from the municipality yet: this kiosk takes no contact details (ideas without them still work). Sync to fetch the key.</source>
        <translation>Kiosken har endnu ingen nøgle fra kommunen, så den tager ikke imod kontaktoplysninger (idéer uden kontaktoplysninger kan stadig sendes). Synkronisér for at hente nøglen.</translation>
    </message>
    <message>
        <source>The municipality could not be reached at the last try. Everything is kept here and sent later.</source>
        <translation>Kommunen kunne ikke nås ved sidste forsøg. Alt gemmes her og sendes senere.</translation>
    </message>
    <message>
        <source>The municipality does not accept this kiosk&apos;s connection. Ask city hall for a new one.</source>
        <translation>Kommunen tager ikke imod denne kiosks forbindelse. Bed rådhuset om en ny.</translation>
    </message>
    <message>
        <source>The municipality did not take the last sync; it is tried again. The details are in the log.</source>
        <translation>Kommunen tog ikke imod den sidste synkronisering; den prøves igen. Detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Today&apos;s stop (every idea is tagged with it)</source>
        <translation>Dagens stop (alle idéer får det med)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>Start the day</source>
        <translation>Start dagen</translation>
    </message>
    <message>
        <source>Kiosk: %1 (codes start with %2)</source>
        <translation>Kiosk: %1 (koderne begynder med %2)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <source>Receipts not printed: %1, kept in %2</source>
        <translation>Kvitteringer, der ikke blev printet: %1, gemt i %2</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Senest: %1</translation>
    </message>
    <message>
        <source>The setting %1 has a stored value that does not fit (%2); its default is used.</source>
        <translation>Indstillingen %1 har en gemt værdi, der ikke passer (%2); standardværdien bruges.</translation>
    </message>
    <message>
        <source>Citizens cannot start yet:</source>
        <translation>Borgerne kan ikke komme i gang endnu:</translation>
    </message>
    <message>
        <source>The day is closed: the kiosk sleeps until tomorrow. To open it again today, use »Start the day«.</source>
        <translation>Dagen er lukket: kiosken sover til i morgen. Vil du åbne igen i dag, så brug »Start dagen«.</translation>
    </message>
    <message>
        <source>The printer %1 is out of paper. Put in a new roll; receipts that do not print are kept meanwhile.</source>
        <translation>Printeren %1 mangler papir. Sæt en ny rulle i; kvitteringer, der ikke bliver skrevet ud, gemmes imens.</translation>
    </message>
    <message>
        <source>The printer %1 does not answer. Check that it is switched on and connected.</source>
        <translation>Printeren %1 svarer ikke. Tjek, at den er tændt og forbundet.</translation>
    </message>
    <message>
        <source>The municipality requires a newer version of the kiosk (at least %1; this one is %2). Ask IT to update it.</source>
        <translation>Kommunen kræver en nyere version af kiosken (mindst %1; denne har %2). Bed IT-afdelingen om at opdatere den.</translation>
    </message>
    <message>
        <source>Connection to the municipality</source>
        <translation>Forbindelse til kommunen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Send them again</source>
        <translation>Send dem igen</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Gem forbindelse</translation>
    </message>
    <message>
        <source>Connection URL from city hall (postgresql://…)</source>
        <translation>Forbindelsesadresse fra rådhuset (postgresql://…)</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Tilbage til kiosken</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Afslut kiosken</translation>
    </message>
    <message>
        <source>Close the kiosk?</source>
        <translation>Luk kiosken?</translation>
    </message>
    <message>
        <source>Citizens cannot use it until it is started again. Everything stored stays; what has not been sent goes at the next start.</source>
        <translation>Borgerne kan ikke bruge den, før den bliver startet igen. Alt, der er gemt, bliver liggende; det, der ikke er sendt, sendes ved næste start.</translation>
    </message>
    <message>
        <source>Yes, close it</source>
        <translation>Ja, luk den</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Byttebørs and volunteers today</source>
        <translation>Byttebørs og frivillige i dag</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <source>Today&apos;s ideas</source>
        <translation>Dagens idéer</translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation>Dagen i tal</translation>
    </message>
    <message>
        <source>An idea on a citizen&apos;s behalf</source>
        <translation>Idé på vegne af en borger</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Luk dagen</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Klargøring</translation>
    </message>
</context>
<context>
    <name>StaffPaperForm</name>
    <message>
        <source>From a paper form: given at another stop or on another day</source>
        <translation>Fra en papirblanket: givet ved et andet stop eller på en anden dag</translation>
    </message>
    <message>
        <source>Stop on the form</source>
        <translation>Stop på blanketten</translation>
    </message>
    <message>
        <source>Date on the form</source>
        <translation>Dato på blanketten</translation>
    </message>
</context>
<context>
    <name>StaffReceiptsScreen</name>
    <message>
        <source>No printer is connected to this kiosk.</source>
        <translation>Der er ingen printer tilsluttet denne kiosk.</translation>
    </message>
    <message>
        <source>Receipt %1 has been printed again.</source>
        <translation>Kvittering %1 er udskrevet igen.</translation>
    </message>
    <message>
        <source>No receipt with the code %1 was made on this kiosk.</source>
        <translation>Kvitteringen med koden %1 blev ikke lavet på denne kiosk.</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>Kvitteringen kunne ikke laves: %1</translation>
    </message>
    <message>
        <source>The code is read: print the receipt again, or hand over the food basket.</source>
        <translation>Koden er læst: udskriv kvitteringen igen, eller giv madkurven.</translation>
    </message>
    <message>
        <source>Printed again: %1</source>
        <translation>Udskrevet igen: %1</translation>
    </message>
    <message>
        <source>The printer did not take the receipt (%1). It is kept; try again when the printer works.</source>
        <translation>Printeren tog ikke imod kvitteringen (%1). Den er gemt; prøv igen, når printeren virker.</translation>
    </message>
    <message>
        <source>Not printed today (%1)</source>
        <translation>Ikke udskrevet i dag (%1)</translation>
    </message>
    <message>
        <source>Every receipt of today has been printed.</source>
        <translation>Alle dagens kvitteringer er udskrevet.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Et øjeblik …</translation>
    </message>
    <message>
        <source>Scan a receipt&apos;s QR code or type its code: print it again, or hand over its food basket</source>
        <translation>Scan kvitteringens QR-kode, eller skriv koden: udskriv den igen, eller giv madkurven</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Udskriv igen</translation>
    </message>
    <message>
        <source>Redeem food basket</source>
        <translation>Indløs madkurv</translation>
    </message>
    <message>
        <source>Print them all again</source>
        <translation>Udskriv dem alle igen</translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation>Tilbage til personale</translation>
    </message>
</context>
<context>
    <name>StaffSetupScreen</name>
    <message>
        <source>The kiosk starts in %1 today.</source>
        <translation>Kiosken starter på %1 i dag.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Ingen printer</translation>
    </message>
    <message>
        <source>Receipts go to %1.</source>
        <translation>Kvitteringerne udskrives på %1.</translation>
    </message>
    <message>
        <source>No receipts are printed.</source>
        <translation>Der udskrives ingen kvitteringer.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Udskriver en prøvekvittering …</translation>
    </message>
    <message>
        <source>Could you read the code and scan the QR code?</source>
        <translation>Kunne du læse koden og scanne QR-koden?</translation>
    </message>
    <message>
        <source>The test receipt did not print. Check the printer&apos;s cable, power and paper, then try again.</source>
        <translation>Prøvekvitteringen blev ikke udskrevet. Tjek printerens kabel, strøm og papir, og prøv igen.</translation>
    </message>
    <message>
        <source>The printer is ticked off for today.</source>
        <translation>Printeren er krydset af for i dag.</translation>
    </message>
    <message>
        <source>Check the paper roll (the shiny side towards the print head) and print again.</source>
        <translation>Tjek papirrullen (den blanke side mod skrivehovedet), og udskriv igen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Prøver forbindelsen …</translation>
    </message>
    <message>
        <source>Connected: the municipality knows this kiosk as %1.</source>
        <translation>Forbundet: kommunen kender denne kiosk som %1.</translation>
    </message>
    <message>
        <source>The municipality&apos;s catalogue is here: %1 stops on the tour.</source>
        <translation>Kommunens katalog er her: %1 stop på turen.</translation>
    </message>
    <message>
        <source>Setting up the kiosk</source>
        <translation>Klargøring af kiosken</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Trin %1 af %2: %3</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Udskriv en prøvekvittering</translation>
    </message>
    <message>
        <source>Yes, both</source>
        <translation>Ja, begge dele</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Scan the QR code from city hall (postgresql://…)</source>
        <translation>Scan QR-koden fra rådhuset (postgresql://…)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Skip (do it later from the staff panel)</source>
        <translation>Spring over (gør det senere fra personalesiden)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>the language the kiosk starts in today</source>
        <translation>det sprog, kiosken starter på i dag</translation>
    </message>
    <message>
        <source>the receipt printer</source>
        <translation>kvitteringsprinteren</translation>
    </message>
    <message>
        <source>the connection to the municipality</source>
        <translation>forbindelsen til kommunen</translation>
    </message>
    <message>
        <source>the first sync, with the municipality&apos;s catalogue</source>
        <translation>den første synkronisering, med kommunens katalog</translation>
    </message>
</context>
<context>
    <name>StaffUpdate</name>
    <message>
        <source>Installing version %1… The kiosk works as usual meanwhile; this takes a few minutes.</source>
        <translation>Installerer version %1 … Kiosken virker som normalt imens; det tager et par minutter.</translation>
    </message>
    <message>
        <source>Version %1 is installed. It starts when the kiosk starts again: now with the button, or at the next start.</source>
        <translation>Version %1 er installeret. Den tages i brug, når kiosken starter igen: nu med knappen eller ved næste start.</translation>
    </message>
    <message>
        <source>No USB stick with version %1 was found. Put the stick from city hall in and try again.</source>
        <translation>Der blev ikke fundet et USB-stik med version %1. Sæt stikket fra rådhuset i, og prøv igen.</translation>
    </message>
    <message>
        <source>The version found is not the one the municipality offered, or it is damaged; nothing was changed. Ask IT for a new USB stick.</source>
        <translation>Den fundne version er ikke den, kommunen har tilbudt, eller den er beskadiget; intet er ændret. Bed IT om et nyt USB-stik.</translation>
    </message>
    <message>
        <source>Version %1 could not be downloaded; nothing was changed. Try again when the kiosk is online, or use a USB stick.</source>
        <translation>Version %1 kunne ikke hentes; intet er ændret. Prøv igen, når kiosken er online, eller brug et USB-stik.</translation>
    </message>
    <message>
        <source>Version %1 could not be installed; nothing was changed. The details are in the log.</source>
        <translation>Version %1 kunne ikke installeres; intet er ændret. Detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>Version %1 did not start on this kiosk, so it went back to %2. The kiosk works as before; tell IT.</source>
        <translation>Version %1 startede ikke på denne kiosk, så den gik tilbage til %2. Kiosken virker som før; sig det til IT.</translation>
    </message>
    <message>
        <source>A new version is ready: %1 (this kiosk has %2).</source>
        <translation>Ny version klar: %1 (denne kiosk har %2).</translation>
    </message>
    <message>
        <source>This kiosk was not installed from a bundle, so IT updates it.</source>
        <translation>Kiosken er ikke installeret fra en pakke, så IT opdaterer den.</translation>
    </message>
    <message>
        <source>Installing takes a few minutes while the kiosk works as usual.</source>
        <translation>Installationen tager et par minutter, og kiosken virker som normalt imens.</translation>
    </message>
    <message>
        <source>Start again now</source>
        <translation>Genstart nu</translation>
    </message>
    <message>
        <source>Install version %1</source>
        <translation>Installér version %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>You said – we did</source>
        <translation>I sagde – vi gjorde</translation>
    </message>
    <message>
        <source>Today MOKOKO is in %1</source>
        <translation>I dag holder MOKOKO i %1</translation>
    </message>
    <message>
        <source>Your idea makes a difference</source>
        <translation>Din idé gør en forskel</translation>
    </message>
    <message>
        <source>The municipality asks:</source>
        <translation>Kommunen spørger:</translation>
    </message>
    <message>
        <source>Give an idea</source>
        <translation>Giv en idé</translation>
    </message>
    <message>
        <source>Become a volunteer</source>
        <translation>Bliv frivillig</translation>
    </message>
    <message>
        <source>Follow your idea</source>
        <translation>Følg din idé</translation>
    </message>
    <message>
        <source>Byttebørs (swap board): offer or ask for help</source>
        <translation>Byttebørs: tilbyd eller søg hjælp</translation>
    </message>
    <message>
        <source>It takes a minute. You get a receipt with a code, so you can see what becomes of your idea.</source>
        <translation>Det tager et minut. Du får en kvittering med en kode, så du kan se, hvad der sker med din idé.</translation>
    </message>
    <message>
        <source>The kiosk opens soon. Staff are getting it ready; please come back in a little while.</source>
        <translation>Kiosken åbner snart. Personalet gør den klar – kom tilbage om lidt.</translation>
    </message>
</context>
<context>
    <name>StepFlow</name>
    <message>
        <source>Stop</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Tilbage</translation>
    </message>
    <message>
        <source>Do you want to stop?</source>
        <translation>Vil du stoppe?</translation>
    </message>
    <message>
        <source>What you have written will be deleted.</source>
        <translation>Det, du har skrevet, bliver slettet.</translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation>Ja, stop</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>Nej, fortsæt</translation>
    </message>
</context>
<context>
    <name>StoreProblemScreen</name>
    <message>
        <source>The kiosk is out of order</source>
        <translation>Kiosken er ude af drift</translation>
    </message>
    <message>
        <source>For staff:</source>
        <translation>Til personalet:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>StoriesScreen</name>
    <message>
        <source>You said – we did</source>
        <translation>I sagde – vi gjorde</translation>
    </message>
    <message>
        <source>Ideas citizens gave at MOKOKO, and what the municipality did with them.</source>
        <translation>Idéer, som borgere har givet hos MOKOKO – og hvad kommunen gjorde ved dem.</translation>
    </message>
    <message>
        <source>No stories yet. Give an idea: it could be the next one.</source>
        <translation>Ingen historier endnu. Giv en idé – den kan blive den næste.</translation>
    </message>
    <message>
        <source>A citizen said: “%1”</source>
        <translation>En borger sagde: “%1”</translation>
    </message>
    <message>
        <source>The municipality did: %1</source>
        <translation>Kommunen gjorde: %1</translation>
    </message>
    <message>
        <source>Given at %1 · %2</source>
        <translation>Givet i %1 · %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Not connected to the municipality</source>
        <translation>Ikke forbundet til kommunen</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Sender %1 af %2 …</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: everything is kept here</source>
        <translation>Offline – alt gemmes her</translation>
    </message>
    <message>
        <source>%1 · %2 waiting</source>
        <translation>%1 · %2 venter</translation>
    </message>
</context>
<context>
    <name>TextStep</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 af %2 tegn</translation>
    </message>
    <message>
        <source>Write your idea here. Short or long, as you like.</source>
        <translation>Skriv din idé her – kort eller langt, som du vil.</translation>
    </message>
    <message>
        <source>For example: a bench by the river, a homework café in the village hall…</source>
        <translation>For eksempel: en bænk ved åen, en lektiecafé i forsamlingshuset …</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you for your idea!</source>
        <translation>Tak for din idé!</translation>
    </message>
    <message>
        <source>Thank you for signing up!</source>
        <translation>Tak for din tilmelding!</translation>
    </message>
    <message>
        <source>Thank you for your post!</source>
        <translation>Tak for dit opslag!</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>Din kode</translation>
    </message>
    <message>
        <source>With this code you can follow what happens to your idea: here at the kiosk or by scanning the QR code.</source>
        <translation>Med koden kan du følge, hvad der sker med din idé – her på kiosken eller ved at scanne QR-koden.</translation>
    </message>
    <message>
        <source>The contact person will get in touch with you. Your receipt says who, and how to reach them.</source>
        <translation>Kontaktpersonen kontakter dig. På din kvittering står der, hvem det er, og hvordan du kan kontakte dem.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator reads your post and contacts you when someone fits.</source>
        <translation>Kommunens frivilligkoordinator læser dit opslag og kontakter dig, når der er nogen, det passer til.</translation>
    </message>
    <message>
        <source>Your receipt is being printed…</source>
        <translation>Din kvittering bliver printet …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>Tag din kvittering fra printeren.</translation>
    </message>
    <message>
        <source>The printer is not working just now. Please write the code down or take a photo of it.</source>
        <translation>Printeren virker ikke lige nu. Skriv koden ned, eller tag et billede af den.</translation>
    </message>
    <message>
        <source>Please write the code down or take a photo of it.</source>
        <translation>Skriv koden ned, eller tag et billede af den.</translation>
    </message>
    <message>
        <source>Free food for good ideas: show your receipt or your code to the staff at the container and get a food basket.</source>
        <translation>Gratis mad for gode idéer: Vis din kvittering eller din kode til personalet ved containeren, og få en madkurv.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Scan to follow your idea</source>
        <translation>Scan for at følge din idé</translation>
    </message>
    <message>
        <source>Scan to see it again</source>
        <translation>Scan for at se den igen</translation>
    </message>
</context>
<context>
    <name>ThemeStep</name>
    <message>
        <source>What is your idea about?</source>
        <translation>Hvad handler din idé om?</translation>
    </message>
    <message>
        <source>Touch the subject that fits best.</source>
        <translation>Tryk på det emne, der passer bedst.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
</context>
<context>
    <name>TranslationBox</name>
    <message>
        <source>Reply in %1 (optional)</source>
        <translation>Svar på %1 (valgfrit)</translation>
    </message>
    <message>
        <source>Typed or pasted by a translator. Left empty, the citizen sees the Danish reply with a line saying it is in Danish.</source>
        <translation>Skrives eller indsættes af en oversætter. Står feltet tomt, ser borgeren det danske svar med en linje om, at svaret er på dansk.</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Svar på %1</translation>
    </message>
</context>
<context>
    <name>VolunteerFlow</name>
    <message>
        <source>Something else: %1</source>
        <translation>Noget andet: %1</translation>
    </message>
    <message>
        <source>Parent or guardian: %1</source>
        <translation>Forælder eller værge: %1</translation>
    </message>
    <message>
        <source>The kiosk is not ready to save sign-ups. Please ask the staff; nothing is lost.</source>
        <translation>Kiosken er ikke klar til at gemme tilmeldinger. Spørg personalet; intet er gået tabt.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved just now. Please try again or ask the staff.</source>
        <translation>Din tilmelding kunne ikke gemmes lige nu. Prøv igen, eller spørg personalet.</translation>
    </message>
    <message>
        <source>Sign-up, step %1 of %2</source>
        <translation>Tilmelding, trin %1 af %2</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Meld mig til</translation>
    </message>
    <message>
        <source>Send my sign-up</source>
        <translation>Send min tilmelding</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Næste ›</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>When can you help?</source>
        <translation>Hvornår kan du hjælpe?</translation>
    </message>
    <message>
        <source>When suits you? (you may choose several)</source>
        <translation>Hvornår passer det dig? (du må vælge flere)</translation>
    </message>
    <message>
        <source>How often?</source>
        <translation>Hvor tit?</translation>
    </message>
    <message>
        <source>A message for the contact person (optional)</source>
        <translation>En besked til kontaktpersonen (valgfrit)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Today&apos;s stop and opening hours</source>
        <translation>Dagens stop og åbningstider</translation>
    </message>
    <message>
        <source>A test receipt came out and can be read</source>
        <translation>En testkvittering er kommet ud og kan læses</translation>
    </message>
    <message>
        <source>Enough paper on the roll for the day</source>
        <translation>Papir nok på rullen til i dag</translation>
    </message>
    <message>
        <source>Synced with the municipality today</source>
        <translation>Synkroniseret med kommunen i dag</translation>
    </message>
    <message>
        <source>The language the kiosk starts in today</source>
        <translation>Det sprog, kiosken starter på i dag</translation>
    </message>
</context>
<context>
    <name>city_hall</name>
    <message>
        <source>No idea with the code {code} has reached the central database.</source>
        <translation>Ingen idé med koden {code} er nået frem til kommunens database.</translation>
    </message>
    <message>
        <source>No sign-up with the code {code} has reached the central database.</source>
        <translation>Ingen tilmelding med koden {code} er nået frem til kommunens database.</translation>
    </message>
    <message>
        <source>No idea, sign-up or Byttebørs post with the code {code} has reached the central database.</source>
        <translation>Ingen idé, tilmelding eller Byttebørsopslag med koden {code} er nået frem til kommunens database.</translation>
    </message>
    <message>
        <source>Nothing with the code {code} has reached the central database yet. The request waits; handle it after the kiosk that took it has synced.</source>
        <translation>Intet med koden {code} er nået frem til kommunens database endnu. Anmodningen venter; behandl den, når kiosken, der tog imod den, har synkroniseret.</translation>
    </message>
    <message>
        <source>Say why you need the contact details (at least a few words); it is written in the access log.</source>
        <translation>Skriv, hvorfor du skal bruge kontaktoplysningerne (mindst et par ord); det skrives i adgangsloggen.</translation>
    </message>
    <message>
        <source>Contact details are sealed: open them with the municipality&apos;s key file (--key).</source>
        <translation>Kontaktoplysningerne er forseglede: åbn dem med kommunens nøglefil (--key).</translation>
    </message>
    <message>
        <source>Contact details are sealed: export them with the municipality&apos;s key file (--key).</source>
        <translation>Kontaktoplysningerne er forseglede: eksportér dem med kommunens nøglefil (--key).</translation>
    </message>
    <message>
        <source>The duplicate check opens contact details: give the municipality&apos;s key file (--key).</source>
        <translation>Dubletkontrollen åbner kontaktoplysninger: angiv kommunens nøglefil (--key).</translation>
    </message>
    <message>
        <source>The access is logged, but the details cannot be opened: {why}</source>
        <translation>Adgangen er logget, men oplysningerne kan ikke åbnes: {why}</translation>
    </message>
    <message>
        <source>The text may be at most {limit} characters; this one has {length}.</source>
        <translation>Teksten må højst have {limit} tegn; denne har {length}.</translation>
    </message>
    <message>
        <source>There is no {label} {value}. Known: {known}.</source>
        <translation>Der er ingen {label} {value}. Kendte: {known}.</translation>
    </message>
    <message>
        <source>The reply is empty: write what the citizen will read.</source>
        <translation>Svaret er tomt: skriv det, borgeren skal læse.</translation>
    </message>
    <message>
        <source>The idea {code} was given in Danish: the Danish reply is the citizen&apos;s own. Leave the translation empty.</source>
        <translation>Idéen {code} er givet på dansk: det danske svar er borgerens eget. Lad oversættelsen være tom.</translation>
    </message>
    <message>
        <source>City hall has not handed the contact details of {code} over to you yet (or they were deleted as promised). Your look is written in the access log.</source>
        <translation>Rådhuset har ikke givet jer kontaktoplysningerne for {code} endnu (eller de er slettet som lovet). Jeres opslag er skrevet i adgangsloggen.</translation>
    </message>
    <message>
        <source>A note on a sign-up is for city hall&apos;s own people; mark the status without one.</source>
        <translation>En note på en tilmelding er kun for rådhusets egne folk; markér status uden note.</translation>
    </message>
    <message>
        <source>Contact details open with your association&apos;s key file (--key).</source>
        <translation>Kontaktoplysningerne åbnes med foreningens nøglefil (--key).</translation>
    </message>
    <message>
        <source>No idea was chosen.</source>
        <translation>Der er ikke valgt nogen idé.</translation>
    </message>
    <message>
        <source>The status {status} needs a reason (--reason); the citizen does not see it.</source>
        <translation>Status {status} kræver en begrundelse (--reason); borgeren ser den ikke.</translation>
    </message>
    <message>
        <source>There is no decision {decision}. Known: {known}.</source>
        <translation>Der er ingen afgørelse {decision}. Kendte: {known}.</translation>
    </message>
    <message>
        <source>Conflict {conflict} has been decided already (its history says by whom).</source>
        <translation>Konflikt {conflict} er allerede afgjort (historikken viser af hvem).</translation>
    </message>
    <message>
        <source>There is no conflict {conflict}.</source>
        <translation>Der er ingen konflikt {conflict}.</translation>
    </message>
    <message>
        <source>There is no sign-up status {status}. Known: {known}.</source>
        <translation>Der er ingen tilmeldingsstatus {status}. Kendte: {known}.</translation>
    </message>
    <message>
        <source>A headline has {least} to {most} characters, like &apos;Nye bænke ved åen&apos;.</source>
        <translation>En overskrift har {least} til {most} tegn, fx »Nye bænke ved åen«.</translation>
    </message>
    <message>
        <source>Answer the idea first: a story shows what the municipality did.</source>
        <translation>Besvar idéen først: en historie viser, hvad kommunen gjorde.</translation>
    </message>
    <message>
        <source>This idea is on the wall already; take it down first to change its headline.</source>
        <translation>Idéen er allerede på væggen; tag den ned først for at ændre overskriften.</translation>
    </message>
    <message>
        <source>This idea was hidden at the kiosk (moderation): it cannot go on the wall.</source>
        <translation>Idéen blev skjult ved kiosken (moderation): den kan ikke komme på væggen.</translation>
    </message>
    <message>
        <source>This login may not do that: city hall&apos;s work needs a city-hall login (mokoko central add-office-user).</source>
        <translation>Dette login må ikke gøre det: rådhusets arbejde kræver et rådhuslogin (mokoko central add-office-user).</translation>
    </message>
    <message>
        <source>These ideas are in different cases already: {listed}. Take them out of one first.</source>
        <translation>Disse idéer er allerede i forskellige sager: {listed}. Tag dem ud af den ene først.</translation>
    </message>
    <message>
        <source>A case&apos;s title may be at most {limit} characters.</source>
        <translation>En sags titel må højst være {limit} tegn.</translation>
    </message>
    <message>
        <source>The note is empty: write what a colleague should know.</source>
        <translation>Noten er tom: skriv, hvad en kollega skal vide.</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>We keep your name and contact details only so that the municipality&apos;s contact person can answer you about your idea. They are used for nothing else. The kiosk deletes them {kiosk} after they have reached the municipality, and the municipality deletes them {after_answer}. You can ask us to delete them at any time.</source>
        <translation>Vi gemmer kun dit navn og dine kontaktoplysninger, så kommunens kontaktperson kan svare dig om din idé. De bruges ikke til andet. Kiosken sletter dem {kiosk} efter, at de er nået frem til kommunen, og kommunen sletter dem, {after_answer}. Du kan altid bede os om at slette dem.</translation>
    </message>
    <message>
        <source>when your idea has been dealt with</source>
        <translation>når din idé er færdigbehandlet</translation>
    </message>
    <message>
        <source>{duration} after your idea has been dealt with</source>
        <translation>{duration} efter, at din idé er færdigbehandlet</translation>
    </message>
    <message>
        <source>We give your name, your phone number or e-mail, your age group and when you can help to the contact person of what you signed up for (named above); for &quot;something else&quot; to the municipality&apos;s volunteer coordinator. They contact you about volunteering and use your details for nothing else. The kiosk deletes them {kiosk} after they have reached the municipality; the organisation keeps them only while you volunteer with them, and at most {signup} if nothing comes of it. You can ask us to delete them at any time.</source>
        <translation>Vi giver dit navn, dit telefonnummer eller din e-mail, din aldersgruppe og hvornår du kan hjælpe, videre til kontaktpersonen for det, du melder dig til (står ovenfor). Melder du dig til “noget andet”, får kommunens frivilligkoordinator dem. De kontakter dig om det frivillige arbejde og bruger ikke dine oplysninger til andet. Kiosken sletter dem {kiosk} efter, at de er nået frem til kommunen. Foreningen gemmer dem kun, så længe du er frivillig hos dem, og højst {signup}, hvis det ikke bliver til noget. Du kan altid bede os om at slette dem.</translation>
    </message>
    <message>
        <source>I am the child&apos;s parent or guardian. I agree to the sign-up, and the contact person may call me before the child starts.</source>
        <translation>Jeg er barnets forælder eller værge. Jeg siger ja til tilmeldingen, og kontaktpersonen må ringe til mig, før barnet starter.</translation>
    </message>
    <message>
        <source>The text of your post can be shown to anyone, so write no names or phone numbers in it. The municipality&apos;s volunteer coordinator may show it to people and associations it fits and contact you to put you in touch; your name, phone number and e-mail are never shown. The kiosk deletes your contact details {kiosk} after they have reached the municipality; the municipality deletes the post and your details after {offer}. You can ask us to delete them at any time.</source>
        <translation>Teksten i dit opslag kan blive vist for alle, så skriv ikke navne eller telefonnumre i den. Kommunens frivilligkoordinator må vise opslaget til borgere og foreninger, som det passer til, og kontakte dig for at sætte jer i forbindelse med hinanden. Dit navn, dit telefonnummer og din e-mail bliver aldrig vist. Kiosken sletter dine kontaktoplysninger {kiosk} efter, at de er nået frem til kommunen. Kommunen sletter opslaget og dine oplysninger efter {offer}. Du kan altid bede os om at slette dem.</translation>
    </message>
    <message>
        <source>en_GB</source>
        <translation>da</translation>
    </message>
</context>
<context>
    <name>day_report</name>
    <message>
        <source>Day report</source>
        <translation>Dagsrapport</translation>
    </message>
    <message>
        <source>Open {opens}–{closes}</source>
        <translation>Åbent {opens}–{closes}</translation>
    </message>
    <message>
        <source>Open all day</source>
        <translation>Åbent hele dagen</translation>
    </message>
    <message>
        <source>No opening hours this day</source>
        <translation>Ingen åbningstid denne dag</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation>Byttebørsopslag</translation>
    </message>
    <message>
        <source>Suggested Byttebørs matches</source>
        <translation>Forslag til match i Byttebørsen</translation>
    </message>
    <message>
        <source>Food baskets given / redeemed</source>
        <translation>Madkurve givet / indløst</translation>
    </message>
    <message>
        <source>Hidden ideas</source>
        <translation>Skjulte idéer</translation>
    </message>
    <message>
        <source>Not sent to the municipality yet (any day)</source>
        <translation>Ikke sendt til kommunen endnu (alle dage)</translation>
    </message>
    <message>
        <source>Nothing came in this day.</source>
        <translation>Der kom intet ind denne dag.</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>Time for time</translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation>Idéer efter emne</translation>
    </message>
    <message>
        <source>Sign-ups by task</source>
        <translation>Tilmeldinger efter opgave</translation>
    </message>
    <message>
        <source>Something else (no task chosen)</source>
        <translation>Noget andet (ingen opgave valgt)</translation>
    </message>
    <message>
        <source>Age groups (ideas and sign-ups)</source>
        <translation>Aldersgrupper (idéer og tilmeldinger)</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>Where they live (ideas)</source>
        <translation>Hvor de bor (idéer)</translation>
    </message>
    <message>
        <source>{count} from {place} itself, {others} from elsewhere, {unsaid} did not say</source>
        <translation>{count} fra selve {place}, {others} fra andre steder, {unsaid} har ikke oplyst det</translation>
    </message>
    <message>
        <source>Not heard from this day: {names}</source>
        <translation>Ikke hørt fra denne dag: {names}</translation>
    </message>
    <message>
        <source>Hidden ideas by reason</source>
        <translation>Skjulte idéer efter grund</translation>
    </message>
    <message>
        <source>Counts only: this report holds no names or contact details.</source>
        <translation>Kun tal: rapporten indeholder ingen navne eller kontaktoplysninger.</translation>
    </message>
</context>
<context>
    <name>day_summary</name>
    <message>
        <source>The day in figures</source>
        <translation>Dagen i tal</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation>Byttebørsopslag</translation>
    </message>
    <message>
        <source>Hidden ideas</source>
        <translation>Skjulte idéer</translation>
    </message>
    <message>
        <source>Food baskets given / redeemed</source>
        <translation>Madkurve givet / indløst</translation>
    </message>
    <message>
        <source>By hour (ideas, sign-ups, posts)</source>
        <translation>Time for time (idéer, tilmeldinger, opslag)</translation>
    </message>
    <message>
        <source>Age groups (ideas and sign-ups)</source>
        <translation>Aldersgrupper (idéer og tilmeldinger)</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>Not heard today, by age: {groups}</source>
        <translation>Ikke hørt fra i dag, efter alder: {groups}</translation>
    </message>
    <message>
        <source>Not sent to the municipality yet: {count}</source>
        <translation>Ikke sendt til kommunen endnu: {count}</translation>
    </message>
    <message>
        <source>Receipts not printed: {count}</source>
        <translation>Kvitteringer ikke udskrevet: {count}</translation>
    </message>
    <message>
        <source>Nothing came in today.</source>
        <translation>Der kom ikke noget ind i dag.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Under 15</source>
        <translation>Under 15</translation>
    </message>
    <message>
        <source>80 or over</source>
        <translation>80 eller derover</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>No stop today</source>
        <translation>Intet stop i dag</translation>
    </message>
    <message>
        <source>chosen for today</source>
        <translation>valgt for i dag</translation>
    </message>
    <message>
        <source>tour plan</source>
        <translation>turplanen</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH.mm</translation>
    </message>
    <message>
        <source>open all day</source>
        <translation>åbent hele dagen</translation>
    </message>
    <message>
        <source>closed today</source>
        <translation>lukket i dag</translation>
    </message>
    <message>
        <source>today %1–%2</source>
        <translation>i dag %1–%2</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainsk</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabisk</translation>
    </message>
</context>
<context>
    <name>moderation</name>
    <message>
        <source>Offensive or hurtful</source>
        <translation>Krænkende eller sårende</translation>
    </message>
    <message>
        <source>Names or details of other people</source>
        <translation>Navne eller oplysninger om andre</translation>
    </message>
    <message>
        <source>Advertising or spam</source>
        <translation>Reklame eller spam</translation>
    </message>
    <message>
        <source>A test or a mistake</source>
        <translation>En test eller en fejl</translation>
    </message>
    <message>
        <source>Given twice</source>
        <translation>Givet to gange</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>Reply to your idea ({code})</source>
        <translation>Svar på din idé ({code})</translation>
    </message>
    <message>
        <source>Hello,

The municipality has answered your idea.

Status: {status}
{reply}

Follow your idea: {link}
Your code: {code}

Kind regards
MOKOKO – the mobile municipal office</source>
        <translation>Hej

Kommunen har svaret på din idé.

Status: {status}
{reply}

Følg din idé: {link}
Din kode: {code}

Venlig hilsen
MOKOKO – Mobilt Kommunekontor</translation>
    </message>
    <message>
        <source>News about your sign-up ({code})</source>
        <translation>Nyt om din tilmelding ({code})</translation>
    </message>
    <message>
        <source>The contact person has contacted you.</source>
        <translation>Kontaktpersonen har kontaktet dig.</translation>
    </message>
    <message>
        <source>You have been given a place. Welcome!</source>
        <translation>Du har fået en plads. Velkommen!</translation>
    </message>
    <message>
        <source>Hello,

{news}

Follow your sign-up: {link}
Your code: {code}

Kind regards
MOKOKO – the mobile municipal office</source>
        <translation>Hej

{news}

Følg din tilmelding: {link}
Din kode: {code}

Venlig hilsen
MOKOKO – Mobilt Kommunekontor</translation>
    </message>
</context>
<context>
    <name>printer_check</name>
    <message>
        <source>Test receipt</source>
        <translation>Testkvittering</translation>
    </message>
    <message>
        <source>{place}, {date} at {time}</source>
        <translation>{place}, {date} kl. {time}</translation>
    </message>
    <message>
        <source>Danish letters: æ ø å Æ Ø Å</source>
        <translation>Danske bogstaver: æ ø å Æ Ø Å</translation>
    </message>
    <message>
        <source>The QR code below should be sharp, with a white border all round.</source>
        <translation>QR-koden herunder skal være skarp, med en hvid kant hele vejen rundt.</translation>
    </message>
    <message>
        <source>Readable? Then tick the printer on the checklist.</source>
        <translation>Kan den læses? Så sæt flueben ved printeren på tjeklisten.</translation>
    </message>
    <message>
        <source>no printer is set up</source>
        <translation>der er ingen printer sat op</translation>
    </message>
    <message>
        <source>the receipt file could not be read</source>
        <translation>kvitteringsfilen kunne ikke læses</translation>
    </message>
    <message>
        <source>it is out of paper</source>
        <translation>den mangler papir</translation>
    </message>
    <message>
        <source>it is switched off or not connected</source>
        <translation>den er slukket eller ikke forbundet</translation>
    </message>
    <message>
        <source>it reported a problem</source>
        <translation>den meldte en fejl</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>How we handle your information</source>
        <translation>Sådan behandler vi dine oplysninger</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Hvem er ansvarlig</translation>
    </message>
    <message>
        <source>{name} is responsible for what you give at MOKOKO, the mobile municipal office, and on its follow-up site.</source>
        <translation>{name} er dataansvarlig for det, du giver os i MOKOKO – det mobile kommunekontor – og på opfølgningssiden.</translation>
    </message>
    <message>
        <source>Address: {address}. E-mail: {email}.</source>
        <translation>Adresse: {address}. E-mail: {email}.</translation>
    </message>
    <message>
        <source>Phone: {phone}.</source>
        <translation>Telefon: {phone}.</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>You can reach the municipality&apos;s data protection officer at {email}.</source>
        <translation>Du kan kontakte kommunens databeskyttelsesrådgiver på {email}.</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Ask the staff at MOKOKO how to reach the municipality and its data protection officer.</source>
        <translation>Spørg personalet i MOKOKO, hvordan du kontakter kommunen og dens databeskyttelsesrådgiver.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>Hvem ser det</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hvor længe</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Dine rettigheder</translation>
    </message>
    <message>
        <source>You may see what the municipality has about you, have it corrected or deleted, withdraw your consent, and object to how it is used.</source>
        <translation>Du har ret til at se, hvad kommunen har om dig, få det rettet eller slettet, trække dit samtykke tilbage og gøre indsigelse mod, hvordan det bruges.</translation>
    </message>
    <message>
        <source>At the kiosk you can delete your contact details with the code on your receipt.</source>
        <translation>I kiosken kan du slette dine kontaktoplysninger med koden på din kvittering.</translation>
    </message>
    <message>
        <source>Or write to {email}.</source>
        <translation>Eller skriv til {email}.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>You can complain to the Danish Data Protection Agency (Datatilsynet): {authority}.</source>
        <translation>Du kan klage til Datatilsynet: {authority}.</translation>
    </message>
    <message>
        <source>a few days</source>
        <translation>få dage</translation>
    </message>
    <message>
        <source>How we handle your information: {address}</source>
        <translation>Sådan behandler vi dine oplysninger: {address}</translation>
    </message>
    <message>
        <source>Your consent (GDPR article 6(1)(a)). You can withdraw it at any time; what was done before still stands.</source>
        <translation>Dit samtykke (databeskyttelsesforordningens artikel 6, stk. 1, litra a). Du kan altid trække det tilbage; det, der skete før, gælder stadig.</translation>
    </message>
    <message>
        <source>The municipality&apos;s task in the public interest (GDPR article 6(1)(e)).</source>
        <translation>Kommunens opgave i samfundets interesse (databeskyttelsesforordningens artikel 6, stk. 1, litra e).</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Din idé</translation>
    </message>
    <message>
        <source>Citizens who give an idea at the kiosk.</source>
        <translation>Borgere, der giver en idé i kiosken.</translation>
    </message>
    <message>
        <source>What you wrote, its theme, where and when you gave it, and if you chose to say them your age group and home area. No name is kept with the idea.</source>
        <translation>Det, du skrev, emnet, hvor og hvornår du gav den, og din aldersgruppe og dit område, hvis du valgte at oplyse dem. Der gemmes intet navn sammen med idéen.</translation>
    </message>
    <message>
        <source>To hear citizens in the municipality&apos;s policy work, to answer the idea publicly, and to count whether every part of the municipality and every age was heard.</source>
        <translation>For at høre borgerne i kommunens arbejde med politikken, svare offentligt på idéen og tælle, om alle dele af kommunen og alle aldre blev hørt.</translation>
    </message>
    <message>
        <source>Staff at city hall and the contact person of the area the idea concerns. If city hall publishes it as a story, everyone can read the idea and the answer, never who gave it.</source>
        <translation>Medarbejdere på rådhuset og kontaktpersonen for det område, idéen handler om. Hvis rådhuset offentliggør den som en historie, kan alle læse idéen og svaret – men aldrig, hvem der gav den.</translation>
    </message>
    <message>
        <source>Kept as part of the municipality&apos;s records of its policy work. So write no names or other personal details in it.</source>
        <translation>Gemmes som en del af kommunens materiale om arbejdet med politikken. Skriv derfor ikke navne eller andre personlige oplysninger i den.</translation>
    </message>
    <message>
        <source>Your contact details with an idea</source>
        <translation>Dine kontaktoplysninger til en idé</translation>
    </message>
    <message>
        <source>Citizens who want an answer about their idea.</source>
        <translation>Borgere, der vil have svar på deres idé.</translation>
    </message>
    <message>
        <source>Your name, phone number and e-mail, if you give them.</source>
        <translation>Dit navn, telefonnummer og din e-mail, hvis du giver dem.</translation>
    </message>
    <message>
        <source>So that the contact person can answer you, and so that you get an e-mail when the municipality answers, if you ask for it. Nothing else.</source>
        <translation>Så kontaktpersonen kan svare dig, og så du får en e-mail, når kommunen svarer, hvis du beder om det. Til intet andet.</translation>
    </message>
    <message>
        <source>The contact person who answers your idea.</source>
        <translation>Den kontaktperson, der svarer på din idé.</translation>
    </message>
    <message>
        <source>The kiosk deletes them {kiosk} after they have reached the municipality. The municipality deletes them {idea_after_answer}, and at the latest {idea_max} after you gave them.</source>
        <translation>Kiosken sletter dem {kiosk} efter, at de er nået frem til kommunen. Kommunen sletter dem {idea_after_answer} og senest {idea_max} efter, at du gav dem.</translation>
    </message>
    <message>
        <source>Your sign-up as a volunteer</source>
        <translation>Din tilmelding som frivillig</translation>
    </message>
    <message>
        <source>Citizens who sign up as volunteers, and the parent or guardian of a child who signs up.</source>
        <translation>Borgere, der melder sig som frivillige, og forælder eller værge til et barn, der melder sig.</translation>
    </message>
    <message>
        <source>Your name, phone number or e-mail, age group, when you can help and what you wrote to the organisation; for a child, the parent&apos;s or guardian&apos;s name and phone number.</source>
        <translation>Dit navn, telefonnummer eller din e-mail, aldersgruppe, hvornår du kan hjælpe, og hvad du skrev til foreningen; for et barn forælderens eller værgens navn og telefonnummer.</translation>
    </message>
    <message>
        <source>To put you in touch with the volunteering you chose. Nothing else.</source>
        <translation>For at sætte dig i forbindelse med det frivillige arbejde, du valgte. Til intet andet.</translation>
    </message>
    <message>
        <source>The contact person of what you signed up for, who may be an association; for &quot;something else&quot;, the municipality&apos;s volunteer coordinator.</source>
        <translation>Kontaktpersonen for det, du meldte dig til, som kan være en forening; ved »noget andet« kommunens frivilligkoordinator.</translation>
    </message>
    <message>
        <source>The kiosk deletes them {kiosk} after they have reached the municipality. The organisation keeps them only while you volunteer with it, and the municipality deletes them at the latest {signup} after you signed up.</source>
        <translation>Kiosken sletter dem {kiosk} efter, at de er nået frem til kommunen. Foreningen gemmer dem kun, mens du er frivillig hos den, og kommunen sletter dem senest {signup} efter din tilmelding.</translation>
    </message>
    <message>
        <source>Your Byttebørs post</source>
        <translation>Dit opslag i Byttebørsen</translation>
    </message>
    <message>
        <source>Citizens, associations and companies who post what they offer or need.</source>
        <translation>Borgere, foreninger og virksomheder, der slår op, hvad de kan tilbyde eller har brug for.</translation>
    </message>
    <message>
        <source>The text of your post, and your name, phone number and e-mail.</source>
        <translation>Teksten i dit opslag og dit navn, telefonnummer og din e-mail.</translation>
    </message>
    <message>
        <source>To put you in touch with people and associations your post fits.</source>
        <translation>For at sætte dig i forbindelse med folk og foreninger, som dit opslag passer til.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator. The text of the post can be shown to anyone; your contact details never.</source>
        <translation>Kommunens frivilligkoordinator. Teksten i opslaget kan vises til alle – dine kontaktoplysninger aldrig.</translation>
    </message>
    <message>
        <source>The kiosk deletes your contact details {kiosk} after they have reached the municipality. The municipality deletes the post and your details {offer} after you gave them.</source>
        <translation>Kiosken sletter dine kontaktoplysninger {kiosk} efter, at de er nået frem til kommunen. Kommunen sletter opslaget og dine oplysninger {offer} efter, at du gav dem.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Denne side</translation>
    </message>
    <message>
        <source>Everyone who looks up a receipt&apos;s code or reads the stories.</source>
        <translation>Alle, der slår en kvitteringskode op eller læser historierne.</translation>
    </message>
    <message>
        <source>Your device&apos;s internet address, while you use the site.</source>
        <translation>Din enheds internetadresse, mens du bruger siden.</translation>
    </message>
    <message>
        <source>To limit how many codes can be tried from one address, so that codes cannot be guessed.</source>
        <translation>For at begrænse, hvor mange koder der kan prøves fra én adresse, så ingen kan gætte sig til koder.</translation>
    </message>
    <message>
        <source>Nobody. The site sets no cookies and tracks nobody.</source>
        <translation>Ingen. Siden sætter ingen cookies og sporer ingen.</translation>
    </message>
    <message>
        <source>Forgotten after one minute; the site keeps no log of who looked up what.</source>
        <translation>Glemmes efter et minut; siden fører ingen log over, hvem der slog hvad op.</translation>
    </message>
    <message>
        <source>Contact details are sealed on the kiosk with the municipality&apos;s public key the moment they are given; only city hall can open them, and every opening is written to a log the data protection officer reads.</source>
        <translation>Kontaktoplysninger forsegles i kiosken med kommunens offentlige nøgle, i samme øjeblik de gives; kun rådhuset kan åbne dem, og hver gang de åbnes, skrives det i en log, som databeskyttelsesrådgiveren læser.</translation>
    </message>
    <message>
        <source>Kiosks reach the central database only over TLS with their own client certificate; a stolen kiosk is shut out by removing its login.</source>
        <translation>Kioskerne når kun den centrale database over TLS med deres eget klientcertifikat; en stjålet kiosk lukkes ude ved at fjerne dens login.</translation>
    </message>
    <message>
        <source>The database decides what each login may do (roles, row-level security): a kiosk sees only its own records, the follow-up site reads no table, and an association only the sign-ups for its own activities.</source>
        <translation>Databasen bestemmer, hvad hvert login må (roller, sikkerhed på rækkeniveau): en kiosk ser kun sine egne poster, opfølgningssiden læser ingen tabel, og en forening kun tilmeldingerne til sine egne aktiviteter.</translation>
    </message>
    <message>
        <source>What is past its period is deleted every night by the database&apos;s own rules; the kiosk deletes its copy by itself.</source>
        <translation>Det, der har passeret sin frist, slettes hver nat efter databasens egne regler; kiosken sletter selv sin kopi.</translation>
    </message>
    <message>
        <source>The kiosk clears the screen when it is left alone, and nobody leaves it without the staff&apos;s PIN. No personal data is logged.</source>
        <translation>Kiosken rydder skærmen, når den står ubrugt, og ingen kommer ud af den uden personalets pinkode. Der logges ingen personoplysninger.</translation>
    </message>
    <message>
        <source>Nothing is sold, and nothing is sent outside the EU/EEA.</source>
        <translation>Intet sælges, og intet sendes uden for EU/EØS.</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <source>No catalogue yet: connect to the municipality and sync (the catalogue comes with it).</source>
        <translation>Intet katalog endnu: forbind til kommunen, og synkronisér (kataloget kommer med).</translation>
    </message>
    <message>
        <source>No stop is planned for today: choose today&apos;s stop.</source>
        <translation>Der er intet stop planlagt i dag: vælg dagens stop.</translation>
    </message>
    <message>
        <source>No consultation is open today: ideas cannot be given (volunteering and the Byttebørs can).</source>
        <translation>Der er ingen høring åben i dag: der kan ikke gives idéer (frivillighed og Byttebørsen kan).</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>MOKOKO · Mobile municipal office</source>
        <translation>MOKOKO · Mobilt Kommunekontor</translation>
    </message>
    <message>
        <source>Thank you for your idea!</source>
        <translation>Tak for din idé!</translation>
    </message>
    <message>
        <source>Thank you for signing up!</source>
        <translation>Tak for din tilmelding!</translation>
    </message>
    <message>
        <source>Thank you for your post in the Byttebørs!</source>
        <translation>Tak for dit opslag i Byttebørsen!</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>Din kode</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Din idé</translation>
    </message>
    <message>
        <source>Free food for good ideas</source>
        <translation>Gratis mad for gode idéer</translation>
    </message>
    <message>
        <source>Show this receipt to the staff at the container and get a food basket. Valid once, at this stop.</source>
        <translation>Vis kvitteringen til personalet ved containeren, og få en madkurv. Gælder én gang, på dette stop.</translation>
    </message>
    <message>
        <source>You offer</source>
        <translation>Du tilbyder</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Du har brug for</translation>
    </message>
    <message>
        <source>What happens now?</source>
        <translation>Hvad sker der nu?</translation>
    </message>
    <message>
        <source>The municipality looks for a match. If someone fits, you are contacted on the phone number or e-mail you gave. Your post is kept for {duration}.</source>
        <translation>Kommunen leder efter nogen, der passer til dit opslag. Hvis der er et match, kontakter vi dig på det telefonnummer eller den e-mail, du har givet. Dit opslag gemmes i {duration}.</translation>
    </message>
    <message>
        <source>The municipality&apos;s contact person for the area reads your idea. Scan the QR code or type your code at any MOKOKO kiosk to see what became of it.</source>
        <translation>Kommunens kontaktperson på området læser din idé. Scan QR-koden, eller skriv koden på en MOKOKO-kiosk, for at se, hvad der er sket med den.</translation>
    </message>
    <message>
        <source>You signed up for</source>
        <translation>Du har meldt dig til</translation>
    </message>
    <message>
        <source>Something else: “{text}”</source>
        <translation>Noget andet: ”{text}”</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Hvornår du kan hjælpe</translation>
    </message>
    <message>
        <source>Who will contact you?</source>
        <translation>Hvem kontakter dig?</translation>
    </message>
    <message>
        <source>{person} from {organisation} will contact you on the phone number or e-mail you gave.</source>
        <translation>{person} fra {organisation} kontakter dig på det telefonnummer eller den e-mail, du har givet.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator will contact you on the phone number or e-mail you gave.</source>
        <translation>Kommunens frivilligkoordinator kontakter dig på det telefonnummer eller den e-mail, du har givet.</translation>
    </message>
    <message>
        <source>Your parent or guardian is called before you start.</source>
        <translation>Din forælder eller værge bliver ringet op, før du starter.</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>Spørgsmål?</translation>
    </message>
    <message>
        <source>Contact {person}: {how}</source>
        <translation>Kontakt {person}: {how}</translation>
    </message>
</context>
<context>
    <name>receipt_code</name>
    <message>
        <source>Please type the code from your receipt.</source>
        <translation>Skriv koden fra din kvittering.</translation>
    </message>
    <message>
        <source>Receipt codes never contain {chars}. Please check the letters and digits again.</source>
        <translation>Koderne indeholder aldrig {chars}. Kig bogstaverne og tallene efter en gang til.</translation>
    </message>
    <message>
        <source>A receipt code has only letters and digits, not {chars}.</source>
        <translation>En kode har kun bogstaver og tal, ikke {chars}.</translation>
    </message>
    <message>
        <source>A receipt code has {expected} characters; this one has {actual}.</source>
        <translation>En kode har {expected} tegn; denne har {actual}.</translation>
    </message>
    <message>
        <source>This code does not add up: one character is probably mistyped, or two neighbours are swapped. Please compare it with your receipt.</source>
        <translation>Koden går ikke op: Et tegn er nok skrevet forkert, eller to tegn er byttet om. Sammenlign den med din kvittering.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Record of processing activities (GDPR article 30): MOKOKO</source>
        <translation>Fortegnelse over behandlingsaktiviteter (databeskyttelsesforordningens artikel 30): MOKOKO</translation>
    </message>
    <message>
        <source>Data controller</source>
        <translation>Dataansvarlig</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Udarbejdet den</translation>
    </message>
    <message>
        <source>Not named in the catalogue: fill in the catalogue&apos;s municipality section</source>
        <translation>Ikke angivet i kataloget: udfyld katalogets afsnit municipality</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Kategorier af registrerede</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Overførsel til tredjelande</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Tidsfrister for sletning</translation>
    </message>
    <message>
        <source>Technical and organisational measures</source>
        <translation>Tekniske og organisatoriske sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <source>The kiosks&apos; period is each kiosk&apos;s setting contact_retention_days ({days} days unless staff changed it); the municipality&apos;s periods are the catalogue&apos;s retention, by which the nightly purge deletes.</source>
        <translation>Kioskernes frist er hver kiosks indstilling contact_retention_days ({days} dage, medmindre personalet har ændret den); kommunens frister er katalogets retention, som den natlige sletning sletter efter.</translation>
    </message>
</context>
<context>
    <name>reply</name>
    <message>
        <source>The municipality&apos;s answer is in Danish.</source>
        <translation>Kommunens svar er på dansk.</translation>
    </message>
</context>
<context>
    <name>signup_status</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placeret</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>To get an e-mail when the municipality answers, please write your e-mail.</source>
        <translation>Skriv din e-mail, hvis du vil have en e-mail, når kommunen svarer.</translation>
    </message>
    <message>
        <source>The date on the paper form cannot be after today.</source>
        <translation>Datoen på papirblanketten kan ikke ligge efter i dag.</translation>
    </message>
    <message>
        <source>The paper form is more than {days} days old. Please send it to the municipality instead of typing it in here.</source>
        <translation>Papirblanketten er mere end {days} dage gammel. Send den til kommunen i stedet for at skrive den ind her.</translation>
    </message>
    <message>
        <source>Please choose what your idea is about.</source>
        <translation>Vælg, hvad din idé handler om.</translation>
    </message>
    <message>
        <source>Please choose where you live from the list.</source>
        <translation>Vælg, hvor du bor, på listen.</translation>
    </message>
    <message>
        <source>This is far too long. Please shorten it to at most {limit} characters.</source>
        <translation>Det er alt for langt. Gør det kortere, højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Unknown language. Known: {choices}.</source>
        <translation>Ukendt sprog. Kendte sprog: {choices}.</translation>
    </message>
    <message>
        <source>Please write your idea first.</source>
        <translation>Skriv først din idé.</translation>
    </message>
    <message>
        <source>Your idea is {excess} characters too long. Please shorten it to {limit}.</source>
        <translation>Din idé er {excess} tegn for lang. Gør den lidt kortere – højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Please shorten the name to at most {limit} characters.</source>
        <translation>Gør navnet kortere – højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Please choose whether you offer something or need something.</source>
        <translation>Vælg, om du tilbyder noget eller har brug for noget.</translation>
    </message>
    <message>
        <source>Please write what you offer or need.</source>
        <translation>Skriv, hvad du tilbyder eller har brug for.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {limit} characters.</source>
        <translation>Gør det lidt kortere: højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Please choose at least one subject, so we can find a match.</source>
        <translation>Vælg mindst ét emne, så vi kan finde nogen, der passer.</translation>
    </message>
    <message>
        <source>Unknown interest: {codes}.</source>
        <translation>Ukendt interesse: {codes}.</translation>
    </message>
    <message>
        <source>Please write your name or your association&apos;s name.</source>
        <translation>Skriv dit navn eller din forenings navn.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Example: navn@eksempel.dk</source>
        <translation>Det ligner ikke en e-mailadresse. Eksempel: navn@eksempel.dk</translation>
    </message>
    <message>
        <source>Please write a phone number or an e-mail address, so they can reach you.</source>
        <translation>Skriv et telefonnummer eller en e-mailadresse, så de kan komme i kontakt med dig.</translation>
    </message>
    <message>
        <source>We can only show your post to others if you say yes to this. Without it, nothing is saved.</source>
        <translation>Vi kan kun vise dit opslag til andre, hvis du siger ja til det her. Uden dit ja bliver intet gemt.</translation>
    </message>
    <message>
        <source>Please write a Danish phone number with 8 digits, or a foreign number starting with its country code (for example +46).</source>
        <translation>Skriv et dansk telefonnummer med 8 cifre eller et udenlandsk nummer med landekode (for eksempel +46).</translation>
    </message>
    <message>
        <source>We may only keep your contact details if you say yes below. Tick the box, or remove the details.</source>
        <translation>Vi må kun gemme dine kontaktoplysninger, hvis du siger ja. Sæt kryds i feltet, eller slet oplysningerne.</translation>
    </message>
    <message>
        <source>Age group must be one of {choices}.</source>
        <translation>Aldersgruppen skal være en af {choices}.</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Skriv dit navn.</translation>
    </message>
    <message>
        <source>Please choose your age group.</source>
        <translation>Vælg din aldersgruppe.</translation>
    </message>
    <message>
        <source>This task is for people aged {age} and over. Please choose another one.</source>
        <translation>Denne opgave er for dig, der er fyldt {age} år. Vælg gerne en anden.</translation>
    </message>
    <message>
        <source>Please choose whether you can help once or regularly.</source>
        <translation>Vælg, om du kan hjælpe en enkelt gang eller fast.</translation>
    </message>
    <message>
        <source>Please shorten the message to at most {limit} characters.</source>
        <translation>Gør beskeden lidt kortere: højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Children under 15 need a parent or guardian: please write their name.</source>
        <translation>Børn under 15 skal have en forælder eller værge med: skriv deres navn.</translation>
    </message>
    <message>
        <source>Please write the parent&apos;s or guardian&apos;s phone number.</source>
        <translation>Skriv forælderens eller værgens telefonnummer.</translation>
    </message>
    <message>
        <source>A parent or guardian must say yes before a child under 15 can sign up.</source>
        <translation>En forælder eller værge skal sige ja, før et barn under 15 kan melde sig.</translation>
    </message>
    <message>
        <source>We can only pass on your sign-up if you say yes to this. Without it, nothing is saved.</source>
        <translation>Vi kan kun give din tilmelding videre, hvis du siger ja til det her. Uden dit ja bliver intet gemt.</translation>
    </message>
    <message>
        <source>Sign up either for a task or for something else, not both.</source>
        <translation>Meld dig enten til en opgave eller til noget andet, ikke begge dele.</translation>
    </message>
    <message>
        <source>This task is no longer open for sign-up.</source>
        <translation>Man kan ikke længere melde sig til denne opgave.</translation>
    </message>
    <message>
        <source>Please write what you would like to help with.</source>
        <translation>Skriv, hvad du gerne vil hjælpe med.</translation>
    </message>
    <message>
        <source>Please choose when you can: weekdays, evenings or weekends.</source>
        <translation>Vælg, hvornår du kan: hverdage, aftener eller weekender.</translation>
    </message>
    <message>
        <source>When you can must be one of {choices}.</source>
        <translation>Hvornår du kan, skal være en af {choices}.</translation>
    </message>
    <message>
        <source>This kiosk cannot save contact details right now. Please ask the staff.</source>
        <translation>Kiosken kan ikke gemme kontaktoplysninger lige nu. Spørg personalet.</translation>
    </message>
</context>
<context>
    <name>volunteering</name>
    <message>
        <source>One-off task</source>
        <translation>Engangsopgave</translation>
    </message>
    <message>
        <source>Regular task</source>
        <translation>Fast opgave</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>En enkelt gang</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>Jævnligt</translation>
    </message>
    <message>
        <source>The whole municipality</source>
        <translation>Hele kommunen</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Hverdage</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Aftener</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Weekender</translation>
    </message>
</context>
<context>
    <name>voucher</name>
    <message>
        <source>Voucher {code} redeemed: hand over the food basket.</source>
        <translation>Madkurven for {code} er indløst: giv borgeren kurven.</translation>
    </message>
    <message>
        <source>{code} is not a voucher: its receipt has no food basket.</source>
        <translation>{code} giver ikke en madkurv: kvitteringen har ingen madkurv.</translation>
    </message>
    <message>
        <source>Voucher {code} was already redeemed at {time}.</source>
        <translation>Madkurven for {code} er allerede indløst kl. {time}.</translation>
    </message>
    <message>
        <source>Voucher {code} was given at {place}; it is redeemed there.</source>
        <translation>Madkurven for {code} blev givet i {place}; den indløses der.</translation>
    </message>
    <message>
        <source>Voucher {code} is void: its idea was hidden ({reason}). No food basket for it.</source>
        <translation>Madkurven for {code} gælder ikke: idéen er skjult ({reason}). Der er ingen madkurv til den.</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Follow your idea</source>
        <translation>Følg din idé</translation>
    </message>
    <message>
        <source>Mobile municipal office</source>
        <translation>Mobilt Kommunekontor</translation>
    </message>
    <message>
        <source>The code on your receipt</source>
        <translation>Koden på din kvittering</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Kode {code}</translation>
    </message>
    <message>
        <source>Your idea about {theme}, given at {place} on {date}</source>
        <translation>Din idé om {theme}, givet i {place} den {date}</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Intet svar endnu</translation>
    </message>
    <message>
        <source>Your idea has been received. The contact person has not answered yet; please look again later.</source>
        <translation>Din idé er modtaget. Kontaktpersonen har ikke svaret endnu – kig forbi igen senere.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Siden {date}</translation>
    </message>
    <message>
        <source>Answered by: {area}</source>
        <translation>Svarer: {area}</translation>
    </message>
    <message>
        <source>Contact person: {names}</source>
        <translation>Kontaktperson: {names}</translation>
    </message>
    <message>
        <source>Your sign-up from {date}</source>
        <translation>Din tilmelding fra {date}</translation>
    </message>
    <message>
        <source>Received. The contact person will get in touch with you.</source>
        <translation>Modtaget. Kontaktpersonen kontakter dig.</translation>
    </message>
    <message>
        <source>The contact person has contacted you.</source>
        <translation>Kontaktpersonen har kontaktet dig.</translation>
    </message>
    <message>
        <source>You have been given a place. Welcome!</source>
        <translation>Du har fået en plads. Velkommen!</translation>
    </message>
    <message>
        <source>This time it did not work out. Thank you for wanting to help.</source>
        <translation>Det blev ikke til noget denne gang. Tak, fordi du ville hjælpe.</translation>
    </message>
    <message>
        <source>Your Byttebørs post from {date}</source>
        <translation>Dit opslag i Byttebørsen fra {date}</translation>
    </message>
    <message>
        <source>The municipality contacts you when someone fits.</source>
        <translation>Kommunen kontakter dig, når der er nogen, der passer.</translation>
    </message>
    <message>
        <source>Your idea has not arrived yet. It will, when the container is online.</source>
        <translation>Din idé er ikke nået frem endnu. Den kommer, når containeren har forbindelse.</translation>
    </message>
    <message>
        <source>That code cannot be right</source>
        <translation>Den kode kan ikke passe</translation>
    </message>
    <message>
        <source>Too many look-ups from here just now. Please try again in a minute.</source>
        <translation>Der er slået for mange koder op herfra lige nu. Prøv igen om et minut.</translation>
    </message>
    <message>
        <source>The page cannot answer just now. Please try again in a little while.</source>
        <translation>Siden kan ikke svare lige nu. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>Den side findes ikke.</translation>
    </message>
    <message>
        <source>You said – we did</source>
        <translation>I sagde – vi gjorde</translation>
    </message>
    <message>
        <source>Ideas citizens gave at MOKOKO, and what the municipality did with them.</source>
        <translation>Idéer, som borgere har givet hos MOKOKO – og hvad kommunen gjorde ved dem.</translation>
    </message>
    <message>
        <source>No stories yet.</source>
        <translation>Ingen historier endnu.</translation>
    </message>
    <message>
        <source>A citizen said</source>
        <translation>En borger sagde</translation>
    </message>
    <message>
        <source>The municipality did</source>
        <translation>Kommunen gjorde</translation>
    </message>
    <message>
        <source>Given at {place}</source>
        <translation>Givet i {place}</translation>
    </message>
    <message>
        <source>This page sets no cookies and tracks nobody.</source>
        <translation>Siden sætter ingen cookies og sporer ingen.</translation>
    </message>
    <message>
        <source>How we handle your information</source>
        <translation>Sådan behandler vi dine oplysninger</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Gå til indholdet</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgængelighedserklæring</translation>
    </message>
    <message>
        <source>{name} wants everyone to be able to use this site, where citizens follow up on what they gave at MOKOKO.</source>
        <translation>{name} ønsker, at alle kan bruge denne side, hvor borgere følger op på det, de gav i MOKOKO.</translation>
    </message>
    <message>
        <source>How accessible the site is</source>
        <translation>Så tilgængelig er siden</translation>
    </message>
    <message>
        <source>The site meets the standard {standard}. We know of no part of it that does not.</source>
        <translation>Siden overholder standarden {standard}. Vi kender ingen dele af den, der ikke gør.</translation>
    </message>
    <message>
        <source>How we checked</source>
        <translation>Sådan har vi testet</translation>
    </message>
    <message>
        <source>Every page, in every language of the site, on a phone&apos;s and a computer&apos;s screen, was tested with the tool axe-core {version}, used with the keyboard alone, and enlarged to 200 %. Last checked on {date}.</source>
        <translation>Hver side på alle sidens sprog, på en telefons og en computers skærm, er testet med værktøjet axe-core {version}, brugt alene med tastaturet og forstørret til 200 %. Senest testet den {date}.</translation>
    </message>
    <message>
        <source>What we have not checked</source>
        <translation>Det har vi ikke testet</translation>
    </message>
    <message>
        <source>The site has not yet been tested by people who use a screen reader. City hall&apos;s answers are written by people: an answer may be in Danish only, and the page then says so.</source>
        <translation>Siden er endnu ikke testet af folk, der bruger skærmlæser. Rådhusets svar er skrevet af mennesker: et svar kan være på dansk alene, og så siger siden det.</translation>
    </message>
    <message>
        <source>Tell us about a problem</source>
        <translation>Fortæl os om et problem</translation>
    </message>
    <message>
        <source>If something on the site does not work for you, write to {email}. Tell us the page and what happened.</source>
        <translation>Hvis noget på siden ikke virker for dig, så skriv til {email}. Fortæl os, hvilken side det var, og hvad der skete.</translation>
    </message>
    <message>
        <source>If something on the site does not work for you, tell the staff at MOKOKO.</source>
        <translation>Hvis noget på siden ikke virker for dig, så fortæl det til personalet i MOKOKO.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>If you are not satisfied with our answer, you can complain to the Agency for Digital Government (Digitaliseringsstyrelsen): {body}.</source>
        <translation>Er du ikke tilfreds med vores svar, kan du klage til Digitaliseringsstyrelsen: {body}.</translation>
    </message>
</context>
</TS>
