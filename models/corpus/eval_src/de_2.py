# Hand-written evaluation mails: German, level 2 (second-line technical support).
LANG = "de"
LEVEL = 2
MAILS = [
("installation_updates", "Setup bricht mit Fehler 1603 ab",
r"""Guten Tag

Beim Installieren von Papyra Desktop 7.2.0 auf einem neuen Dell-Rechner (Windows 11 Pro 23H2) bricht das Setup kurz vor Schluss ab:

"Schwerwiegender Fehler bei der Installation. Fehler 1603."

Danach wird alles zurückgerollt. Ich habe es als Administrator ausgeführt und den Virenscanner kurz deaktiviert, gleiches Resultat. Auf den anderen 5 PCs hat es problemlos geklappt. Das Installationslog (%TEMP%\PapyraSetup.log) kann ich gerne schicken.

Freundliche Grüsse
Philipp Studer
Studer Haustechnik AG"""),

("installation_updates", "Update hängt bei 'Dienste werden beendet'",
r"""Hallo

Ich wollte gestern Abend unseren Papyra Server von 7.1.2 auf 7.2.0 aktualisieren. Der Updater bleibt seit über einer Stunde bei "Papyra-Dienste werden beendet..." stehen. Im Task-Manager läuft PapyraServer.exe noch. Soll ich den Prozess killen? Ich will die Datenbank nicht beschädigen. Die Mitarbeiter können im Moment nicht arbeiten, bitte um Rückruf!

Thomas Gut
079 555 23 11"""),

("installation_updates", ".NET Framework fehlt - ist aber installiert",
r"""Guten Tag,

beim Setup von Papyra Desktop 7.1.0 kommt die Meldung "Microsoft .NET Framework 4.8 oder höher wird benötigt". Laut "Windows-Features aktivieren" ist .NET 4.8 installiert und aktiviert, ich habe das Offline-Paket von Microsoft auch nochmal darüber installiert ("bereits installiert"). Windows 10 Enterprise LTSC 2019.

Was kann ich noch tun?

Grüße
Uwe Krämer
Systemadministration Stadtwerke"""),

("installation_updates", "Umzug auf neuen PC - Archive leer",
r"""Hallo Papyra-Support

Wir haben Papyra Desktop (Einzelplatz, 6.2.1) vom alten PC auf den neuen PC gezügelt. Ich habe nach Ihrer Anleitung den Datenordner kopiert und die gleiche Version installiert. Das Programm startet, Lizenz ist ok, aber alle Archive sind leer bzw. es wird nur ein "Standardarchiv" angezeigt. Der kopierte Ordner ist ca. 38 GB gross, die Daten sind also da.

Können Sie sich das per Fernwartung anschauen?

Gruss
Erwin Tschopp"""),

("installation_updates", "Intune-Verteilung schlägt fehl (Exit Code 1)",
r"""Hallo,

wir verteilen Papyra Desktop 7.2.0 per Intune mit "PapyraSetup.exe /quiet /norestart SERVER=papyra01". Auf ca. der Hälfte der Geräte meldet Intune "Installation fehlgeschlagen (0x00000001)". Manuell auf denselben Geräten klappt die Installation. Unterschied fällt mir keiner auf, alles Windows 11 23H2.

Gibt es zusätzliche Parameter für die unbeaufsichtigte Installation, oder schreibt das Setup irgendwo ein Log hin?

Danke
Luca Frey, Workplace Engineering"""),

("security_network", "ESET verschiebt PapyraOCR.exe in Quarantäne",
r"""Grüezi

Seit heute morgen funktioniert die Texterkennung nicht mehr. ESET Endpoint Security meldet:

"Bedrohung gefunden: Win32/Packed.Themida... C:\Program Files\Papyra\Desktop\PapyraOCR.exe wurde in Quarantäne verschoben"

Das betrifft alle 7 Arbeitsplätze. Ist die Datei sauber? Und welche Ausnahmen sollten wir in ESET definieren? Bitte melden Sie sich, wir stehen mit der Rechnungsverarbeitung.

Freundliche Grüsse
Sandro Ritter
Ritter Treuhand AG"""),

("security_network", "Sophos blockiert Scan-Dienst",
r"""Hallo zusammen

Nach dem Update von Sophos Intercept X auf die neue Version startet der Dienst "Papyra Scan Service" nicht mehr. In der Sophos-Zentrale steht ein Ereignis "Application control: PapyraScanSvc.exe blocked". Wir haben die Anwendung schon auf die Zulassungsliste gesetzt, trotzdem startet der Dienst nicht (Fehler 1053). Papyra Desktop 7.0.1.

Können Sie uns helfen? Ein Remote-Termin wäre ideal.

Gruss
Manuel Berger"""),

("security_network", "Lizenzaktivierung über Proxy - Zeitüberschreitung",
r"""Sehr geehrte Damen und Herren

Bei uns geht der gesamte Internetverkehr über einen Proxy mit Anmeldung (Squid, Port 3128, NTLM). Die Online-Aktivierung von Papyra Desktop bricht nach ca. 30 Sekunden ab: "Verbindung zum Lizenzserver fehlgeschlagen: Zeitüberschreitung". Den Proxy habe ich in den Papyra-Optionen eingetragen. Im Browser funktioniert license.papyra... einwandfrei.

Wie kann die Aktivierung durch unseren Proxy funktionieren?

Freundliche Grüsse
Andreas Lutz
EDV, Kreisverwaltung"""),

("security_network", "Zertifikatswarnung nach Zertifikatstausch",
r"""Hallo,

wir haben auf dem Papyra Server das TLS-Zertifikat erneuert (neues Zertifikat von unserer internen CA). Seitdem bekommen alle Clients beim Start:

"Die Verbindung zum Server ist nicht vertrauenswürdig. Das Zertifikat wurde von einer unbekannten Stelle ausgestellt."

Die interne CA ist per GPO auf allen Rechnern im Zertifikatspeicher "Vertrauenswürdige Stammzertifizierungsstellen". Im Browser gibt es keine Warnung. Wo holt sich Papyra die vertrauenswürdigen Zertifikate?

Gruss, Oliver Keller"""),

("security_network", "Export-Ordner: Zugriff verweigert (Defender)",
r"""Guten Tag

Seit unser IT-Partner "Überwachter Ordnerzugriff" in Windows Defender aktiviert hat, schlägt der Export nach C:\Users\...\Dokumente\Export fehl mit "Zugriff verweigert (0x80070005)". Andere Programme können dort schreiben. Welche Programme von Papyra müssen wir freigeben? Es gibt ja mehrere .exe im Programmordner.

Freundliche Grüsse
Rita Amrein"""),

("documents_recognition", "Fujitsu fi-7160 wird nicht erkannt",
r"""Hallo

Wir haben einen neuen Scanner Fujitsu (Ricoh) fi-7160 angeschlossen. PaperStream Capture funktioniert, aber in Papyra Desktop 7.1.2 erscheint der Scanner nicht in der Geräteliste, nur der alte "WIA-Canon". Treiber PaperStream IP (TWAIN) ist installiert, Neustart gemacht. Windows 11.

Bitte um Unterstützung.

Grüsse
Jürg Hostettler"""),

("documents_recognition", "Neue Rechnungsvorlage von Lieferant wird nicht erkannt",
r"""Guten Tag

Unser grösster Lieferant (Baumaterial Huber AG) hat das Layout seiner Rechnungen geändert. Seither erkennt Papyra weder Rechnungsnummer noch Betrag, nur die Lieferantenadresse. Vorher lief das zu 99% automatisch. Das sind ca. 150 Rechnungen im Monat, die wir jetzt von Hand erfassen.

Können Sie Papyra das neue Layout beibringen? Ich schicke gerne 5 Muster-PDFs.

Freundliche Grüsse
Karin Fuchs
Buchhaltung, Fuchs Bau AG"""),

("documents_recognition", "QR-Rechnung: Zusatzinfo landet im Referenzfeld",
r"""Hallo

Bei einigen QR-Rechnungen (v.a. von der Swisscom und zwei Handwerkern) füllt Papyra im Feld "Referenz" den Text aus "Zusätzliche Informationen" ein, z.B. "Rechnung 4471 vom 02.04." statt der 27-stelligen QR-Referenz. Bei den meisten anderen QR-Rechnungen stimmt es. Der Zahlungsexport zur Bank geht dann natürlich nicht.

Version 7.1.2. Beispiele kann ich schicken.

Gruss
Dominik Zbinden"""),

("documents_recognition", "OCR schlecht seit Scanner auf 200 dpi",
r"""Guten Tag

Unser IT-Partner hat am Kyocera-Scanner die Auflösung auf 200 dpi gesenkt, um Speicherplatz zu sparen. Seither ist die Texterkennung viel schlechter, Beträge werden z.B. als "1'Z50.00" erkannt. Wir haben auf 300 dpi zurückgestellt, aber es ist immer noch schlechter als vorher. Gibt es in Papyra Einstellungen (Bildvorverarbeitung, Entzerrung?), die dabei verändert worden sind? Wir finden den Unterschied nicht.

Freundliche Grüsse
Lisa Marti"""),

("documents_recognition", "Lieferscheine als neue Dokumentart erkennen",
r"""Hallo Papyra-Team

Bisher verarbeiten wir mit Papyra nur Kreditorenrechnungen. Neu möchten wir auch die Lieferscheine unserer 10 wichtigsten Lieferanten automatisch erkennen und mit der Bestellnummer ablegen. Ich habe versucht, eine Dokumentart anzulegen, aber die Erkennung klappt nicht zuverlässig (mal wird die Lieferscheinnummer als Bestellnummer erkannt). Könnten wir das mit einem Techniker zusammen einrichten?

Gruss
Stefan Rohner, Lagerleitung"""),

("integrations", "Abacus: MWST 8.1% wird als 8.0% exportiert",
r"""Grüezi

Seit dem 1.1. exportiert Papyra die Rechnungen nach Abacus mit dem MWST-Code für 8.0% statt 8.1%. In Papyra steht auf dem Beleg korrekt 8.1%. In Abacus landet dann Steuercode 311 (alt) statt 312. Wir müssen jeden Beleg von Hand korrigieren. Die Zuordnungstabelle in Papyra haben wir angeschaut, finden aber den Fehler nicht.

Papyra Desktop 7.0.1, Abacus 2023.

Bitte um Rückruf.
Marianne Graber, Finanzen"""),

("integrations", "DATEV-Export: Tag und Monat vertauscht",
r"""Sehr geehrtes Support-Team,

im DATEV-Buchungsstapel (EXTF-Format), den Papyra erzeugt, steht beim Belegdatum z. B. "0304" für eine Rechnung vom 04.03. Unser Steuerberater sagt, DATEV interpretiert das als 3. April. Betroffen sind alle Belege seit wir Papyra 7.1 nutzen. Kann man das Datumsformat irgendwo konfigurieren?

Mit freundlichen Grüßen
Claudia Brandt
Brandt Elektro GmbH, Hannover"""),

("integrations", "Bexio: Belege werden doppelt übertragen",
r"""Hallo

Wir haben die Bexio-Schnittstelle seit 2 Wochen im Einsatz. Jetzt haben wir gemerkt, dass manche Lieferantenrechnungen in Bexio doppelt vorhanden sind, einmal mit und einmal ohne angehängtes PDF. In Papyra steht bei allen Status "exportiert". Was läuft da schief?

Gruss
Nicole Arnold"""),

("integrations", "Banana CSV - Umlaute kaputt",
r"""Guten Tag

Wenn ich aus Papyra den CSV-Export für Banana Buchhaltung mache und in Banana importiere, sind alle Umlaute kaputt: "MÃ¼ller AG" statt "Müller AG". Im Export-Dialog gibt es keine Einstellung für die Kodierung. Banana Plus, Papyra 6.2.3.

Freundliche Grüsse
Hans Ryser, Ryser Schreinerei"""),

("integrations", "Sage 50 Import: Kreditorennummer fehlt",
r"""Hallo,

beim Import der Papyra-Exportdatei in Sage 50 Schweiz kommt bei jedem Beleg "Kreditor nicht gefunden". In der XML-Datei ist das Feld <KreditorNr> leer, obwohl in Papyra beim Lieferanten die Kreditorennummer hinterlegt ist. Das war vor der Umstellung auf das neue Exportprofil nicht so.

Gruss Sven"""),

("database_storage", "Suche extrem langsam auf einem Standort",
r"""Guten Tag

Wir haben zwei Standorte mit je einem Papyra Server 7.1.2. In Bern dauert eine Volltextsuche 1-2 Sekunden, in Thun ist es für dieselbe Suche über 40 Sekunden. Thun hat sogar das kleinere Archiv (ca. 120'000 Dokumente). Beide SQL Server 2019 Express, ähnliche Hardware. Der Server in Thun hat kaum CPU-Last während der Suche.

Könnte sich ein Techniker das anschauen?

Freundliche Grüsse
Martin Roth
Informatik"""),

("database_storage", "Sicherung schlägt fehl: Zugriff verweigert",
r"""Hallo

Die automatische Sicherung von Papyra Server schreibt jede Nacht ins Log:

2024-05-14 02:00:03 ERROR Backup job 'Nightly' failed: Access to the path '\\nas01\backup\papyra\' is denied.

Der Pfad ist von Hand erreichbar, wenn ich als Administrator angemeldet bin. Unter welchem Konto läuft die Sicherung, und welche Rechte braucht es?

Gruss
Thomas Rey"""),

("database_storage", "Archivverbindung nach Datenbankumzug",
r"""Guten Tag

Wir haben die Papyra-Datenbank von SQL Server 2016 auf einen neuen SQL Server 2022 umgezogen (Backup/Restore). Papyra Server startet, aber die Clients melden "Archiv nicht verfügbar (Datenbankversion unbekannt)". Den Connection String in der PapyraServer.config haben wir angepasst. Was fehlt noch?

Mit freundlichen Grüssen
Daniela Kurz"""),

("account_access", "Windows-Anmeldung (SSO) funktioniert bei einem Benutzer nicht",
r"""Hallo

Bei uns melden sich alle Benutzer per Windows-Anmeldung (Active Directory) automatisch in Papyra an. Nur bei Frau Lüthi kommt immer das Login-Fenster mit Benutzername/Passwort, und mit ihrem Windows-Passwort geht es auch nicht ("Anmeldung fehlgeschlagen"). Ihr Konto haben wir im AD und in Papyra schon geprüft, sieht gleich aus wie bei den anderen. Sie hat kürzlich geheiratet und einen neuen Nachnamen – könnte das damit zu tun haben?

Gruss
Remo Zimmerli, IT"""),

("licensing_billing", "Offline-Aktivierung: Signatur ungültig",
r"""Guten Tag

Unser Archivrechner hat aus Sicherheitsgründen keinen Internetzugang. Ich habe die Offline-Aktivierung gemacht: Anforderungsdatei erstellt, im Portal hochgeladen, Antwortdatei heruntergeladen. Beim Einlesen der Antwortdatei kommt: "Die Aktivierungsdatei ist ungültig (Signaturprüfung fehlgeschlagen)". Zweimal probiert, immer gleich.

Papyra Desktop 7.2.0

Grüsse
Werner Blaser"""),
]
