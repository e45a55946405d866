# Hand-written evaluation mails: German, level 0 (self-service).
LANG = "de"
LEVEL = 0
MAILS = [
("howto_usage", "Handbuch für Version 7.1 als PDF?",
r"""Guten Tag

Gibt es das Benutzerhandbuch für Papyra Desktop 7.1 auch als PDF zum Ausdrucken? In der Hilfe (F1) finde ich nur die Online-Version und unsere neue Mitarbeiterin arbeitet lieber mit Papier.

Freundliche Grüsse
Monika Zürcher
Treuhand Zürcher & Partner AG, Winterthur"""),

("howto_usage", "Standardarchiv beim Start",
r"""Hallo zusammen,

bei uns öffnet Papyra beim Start immer das Archiv "Kreditoren 2023". Wir arbeiten aber inzwischen fast nur noch im Archiv "Kreditoren 2024". Wo stelle ich ein, welches Archiv beim Programmstart geöffnet wird?

Version: Papyra Desktop 7.0.1

Danke und Gruss
Jens"""),

("documents_recognition", "OCR Sprache französisch",
r"""Grüezi

Wir bekommen seit kurzem viele Rechnungen aus der Romandie. Muss ich für die Texterkennung irgendwo Französisch als Sprache aktivieren oder erkennt Papyra das automatisch? Ich habe in den Optionen nur "Deutsch" gesehen.

Es funktioniert alles, ich möchte nur wissen wo man das einstellt.

Beste Grüsse
R. Baumann"""),

("installation_updates", "Systemvoraussetzungen Papyra Server 7.2",
r"""Sehr geehrte Damen und Herren

Wir planen im Herbst die Erneuerung unserer Serverinfrastruktur. Bevor wir bestellen, möchten wir wissen:

- Ist Papyra Server 7.2 für Windows Server 2022 freigegeben?
- Wie viel RAM und CPU-Kerne empfehlen Sie für ca. 15 Arbeitsplätze und ein Archiv von rund 400'000 Dokumenten?
- Wird SQL Server 2022 Standard unterstützt?

Falls es dazu ein Datenblatt gibt, genügt mir der Link.

Mit freundlichen Grüssen

Stefan Odermatt
Leiter Informatik
Odermatt Holzbau AG
Stans"""),

("howto_usage", "Tastenkürzel",
r"""Hallo,
gibt es eine Liste mit allen Tastenkürzeln? Ich suche v.a. eins für "nächstes Dokument" in der Nachbearbeitung, mit der Maus klicken dauert ewig bei 200 Belegen am Tag.
Gruss Tanja"""),

("howto_usage", "Mehrere Seiten zu einem Dokument zusammenfassen",
r"""Guten Morgen

Wenn ich einen Stapel Rechnungen einscanne, macht Papyra aus jeder Seite ein eigenes Dokument. Manche Rechnungen haben aber 2 oder 3 Seiten. Wie bringe ich Papyra dazu, die Seiten zusammenzuhalten? Ich habe gehört, das geht mit Trennblättern, aber ich finde in der Hilfe nichts darüber (vielleicht suche ich falsch).

Freundliche Grüsse
Erika Wenger
Buchhaltung, Garage Wenger GmbH"""),

("integrations", "Bexio Anbindung einrichten - Anleitung?",
r"""Hallo Papyra-Team

Wir haben auf Bexio gewechselt und möchten die Kreditorenbelege künftig direkt aus Papyra übergeben. Gibt es eine Schritt-für-Schritt-Anleitung für die Einrichtung? Welche Bexio-Abos werden unterstützt (wir haben "Pro")?

Danke schon mal!
Lukas Meier
Meier Sanitär, Brugg"""),

("database_storage", "Automatische Datensicherung",
r"""Sehr geehrte Damen und Herren,

wir nutzen Papyra Server 6.2 mit der mitgelieferten SQLite-Datenbank. Bisher sichern wir manuell, indem wir am Freitag den Ordner kopieren. Gibt es in Papyra selbst eine Möglichkeit, eine automatische nächtliche Sicherung einzurichten? Und was muss alles gesichert werden (nur Datenbank oder auch der Dokumentenspeicher)?

Mit freundlichen Grüßen
Heinz-Peter Lorenz
Steuerkanzlei Lorenz, Kassel"""),

("howto_usage", "Stempel auf PDF",
r"""Hallo

Kann man in Papyra einen Stempel "Bezahlt am ..." mit Datum auf ein Dokument setzen, so wie früher mit dem Gummistempel? Wenn ja wo finde ich das?

Gruss aus dem Toggenburg
Brigitte"""),

("security_network", "Welche Ports zwischen Client und Server?",
r"""Guten Tag

Unser Netzwerkpartner richtet gerade die neue Firewall zwischen Büro und Serverraum ein und fragt, welche Ports Papyra Desktop braucht, um mit dem Papyra Server zu sprechen (und ob TCP oder UDP). Gibt es dazu ein Dokument, das ich ihm weiterleiten kann?

Aktuell läuft alles, es ist nur für die Planung.

Besten Dank
Daniel Hofer
Hofer Elektro AG"""),

("documents_recognition", "QR-Rechnung - muss man etwas einstellen?",
r"""Grüezi mitenand

Wir sind neu bei Papyra (Desktop 7.2.0). Werden QR-Rechnungen automatisch erkannt, oder muss ich dafür eine Dokumentart anlegen oder ein Modul aktivieren? In der Testphase haben wir noch keine QR-Rechnung gescannt, darum frage ich vorher.

Liebe Grüsse
Sandra Kälin"""),

("howto_usage", "Suche nach Datumsbereich",
r"""Hallo,

wie suche ich alle Dokumente, die zwischen 1.1. und 31.3. eingegangen sind? Wenn ich im Suchfeld "01.01.2024-31.03.2024" eingebe, kommt nichts. Gibt es da eine spezielle Schreibweise oder eine erweiterte Suche?

Danke
Markus Steiner"""),

("installation_updates", "Windows 10 - wie lange noch unterstützt?",
r"""Guten Tag

Wir haben noch 4 Rechner mit Windows 10 22H2, auf denen Papyra Desktop 6.2.3 läuft. Bis wann wird Windows 10 von Papyra noch unterstützt und läuft die Version 7.x auch noch auf Win10? Wir müssen budgetieren ob neue PCs nötig sind.

MfG
A. Schneider
Schneider Logistik GmbH, Augsburg"""),

("howto_usage", "Spalten in Trefferliste",
r"""Hoi zäme

Chan mer i de Trefferliste d'Spalte "Lieferant" und "Betrag" azeige statt "Erstellt von"? Ich finde die Einstellung nöd. Sorry für's Schwiizerdütsch :-)

Merci
Roger"""),

("licensing_billing", "Lizenz auch zuhause nutzen?",
r"""Guten Tag

Ich bin selbständig und habe eine Einzelplatzlizenz Papyra Desktop. Darf ich die gleiche Lizenz auf meinem Laptop zuhause installieren, wenn ich nie gleichzeitig auf beiden Geräten arbeite? Ich habe in den Lizenzbedingungen nichts Eindeutiges gefunden, vielleicht steht es irgendwo in den FAQ.

Freundliche Grüsse
Claudia Frei, Frei Treuhand"""),

("account_access", "Zwei-Faktor-Anmeldung aktivieren",
r"""Hallo

Unsere IT-Richtlinie verlangt neu für alle Cloud-Portale eine Zwei-Faktor-Authentifizierung. Kann ich das im Papyra Kundenportal für mein Konto selbst einschalten? Welche Authenticator-Apps funktionieren (wir verwenden Microsoft Authenticator)?

Gruss
Patrick Ammann"""),

("howto_usage", "Dokument direkt per Mail versenden",
r"""Sehr geehrtes Support-Team

Gibt es eine Funktion, um ein archiviertes Dokument direkt aus Papyra per E-Mail (Outlook) zu versenden? Momentan speichere ich das PDF zuerst auf den Desktop und hänge es dann an. Umständlich.

Freundliche Grüsse
Beatrice Gerber
Sekretariat, Gemeindeverwaltung"""),

("documents_recognition", "Welche Barcodes als Trennblatt?",
r"""Guten Tag

Wir möchten Trennblätter mit Barcode verwenden. Welche Barcode-Typen werden unterstützt (Code 39, Code 128, QR, DataMatrix)? Und kann man eigene Trennblätter drucken oder muss man die bei Ihnen bestellen?

Mit bestem Dank
Thomas Wyss"""),

("howto_usage", "Aufbewahrungsfrist 10 Jahre einstellen",
r"""Grüezi

Laut Treuhänder müssen wir Geschäftsbücher und Belege 10 Jahre aufbewahren (GeBüV). Kann man in Papyra pro Archiv eine Aufbewahrungsfrist hinterlegen, damit Dokumente vorher nicht gelöscht werden können? Wo finde ich diese Einstellung bzw. die Beschreibung dazu?

Freundliche Grüsse
Peter Imhof
Imhof Treuhand AG, Visp"""),

("third_party_infrastructure", "Freigabe Citrix / Terminalserver",
r"""Guten Tag

Wir überlegen, Papyra Desktop künftig auf unserer Citrix-Farm (Citrix Virtual Apps 2203 LTSR, Server 2019) bereitzustellen statt lokal. Ist das offiziell unterstützt? Gibt es eine Liste der freigegebenen Terminalserver-Umgebungen und eventuell Hinweise zur Einrichtung (Scanner-Umleitung etc.)?

Vielen Dank und freundliche Grüsse
Michael Brunner
IT-Services, Brunner Gruppe"""),

("howto_usage", "Schrift zu klein",
r"""Hallo, auf meinem neuen 27-Zoll-Bildschirm ist die Schrift in Papyra winzig. Kann man die Schriftgrösse oder einen Zoom im Programm einstellen? Windows-Skalierung will ich nicht ändern.
Danke, Ursula"""),

("integrations", "CSV-Export mit Semikolon",
r"""Guten Tag

Beim CSV-Export aus Papyra werden die Felder mit Komma getrennt. Unser Excel erwartet aber Semikolon, deshalb landet alles in einer Spalte. Wo kann man das Trennzeichen einstellen?

Papyra Desktop 6.1.4

Grüsse
Fabian Koch"""),

("database_storage", "SQLite oder PostgreSQL?",
r"""Hallo Papyra-Support,

wir fangen gerade mit Papyra Server an (Version 7.2) und wurden beim Setup gefragt, ob wir SQLite, SQL Server oder PostgreSQL wollen. Ab welcher Archivgrösse empfehlen Sie einen "richtigen" Datenbankserver? Und kann man später noch von SQLite auf PostgreSQL wechseln? Gibt es dazu eine Doku?

Viele Grüße
Nina Hartmann
Hartmann & Söhne KG"""),

("howto_usage", "Einführungsvideos?",
r"""Guten Tag

Gibt es Einführungsvideos oder Tutorials für neue Anwender? Wir haben nächsten Monat zwei Lernende, die mit Papyra arbeiten sollen, und ich möchte ihnen etwas zum Selbststudium geben.

Gruss
Sabine Keller
Keller Druck AG"""),

("howto_usage", "eigene Indexfelder anlegen",
r"""Hallo

wie kann ich bei der Dokumentart "Lieferschein" ein zusätzliches Feld "Projektnummer" anlegen? Ich bin Administrator in Papyra, finde aber den Ort nicht, wo man Felder definiert. Version 7.1.2.

Lg aus Graz
Martin Pölzl"""),
]
