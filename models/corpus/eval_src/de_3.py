# Hand-written evaluation mails: German, level 3 (experts / developers).
LANG = "de"
LEVEL = 3
MAILS = [
("integrations", "REST API: Filter mit Umlauten liefert 400",
r"""Hallo Entwickler-Team

Wir binden Papyra Server 7.2.0 per REST API an unser ERP an. Sobald ein Filterwert einen Umlaut enthält, bekommen wir 400 Bad Request:

GET /api/v2/documents?filter=supplier eq 'Müller AG'
-> 400 {"error":"invalid_filter","detail":"Unexpected character at position 17"}

URL-kodiert (M%C3%BCller) gleiches Resultat. Mit 'Mueller AG' funktioniert es. In 7.1.2 ging das noch. Sieht für mich nach einem Bug im Filter-Parser aus.

Grüsse
Daniel Bühler
Softwareentwicklung, Bühler Systems GmbH"""),

("integrations", "Skript-Event OnDocumentFiled wird doppelt ausgelöst",
r"""Guten Tag

Seit dem Update auf 7.1.0 wird unser Skript im Event OnDocumentFiled zweimal pro Dokument ausgeführt. Das Skript schreibt eine Zeile in eine Protokolltabelle, dort sehen wir jetzt jeden Eintrag doppelt, im Abstand von ca. 200 ms. In 6.2.3 lief das Skript genau einmal. Skript und Konfiguration sind unverändert.

Minimalbeispiel:

function OnDocumentFiled(doc) {
    Log.Write("filed " + doc.Id);
}

Ergebnis im Log:
14:02:11.412 filed 88121
14:02:11.618 filed 88121

Können Sie das nachstellen?

Freundliche Grüsse
Marco Stucki"""),

("integrations", "Musterregel mit Regex auf Betrag greift nicht mehr",
r"""Hallo

Wir haben eine Musterregel, die Rechnungen über CHF 5'000 in das Archiv "Freigabe GL" verschiebt:

Bedingung: Feld "Betrag" entspricht ^\d{1,3}('\d{3})+\.\d{2}$ UND Betrag > 5000

Seit 7.2.0 wird keine einzige Rechnung mehr verschoben. Im Regel-Debugger steht bei der Bedingung "Betrag > 5000: false" auch bei 12'480.00. Es sieht aus, als würde der Betrag mit Apostroph nicht mehr als Zahl interpretiert. Das betrifft vermutlich alle Schweizer Kunden.

Gruss
Patricia Heim"""),

("integrations", "API Paginierung liefert Duplikate",
r"""Hello / Guten Tag,

beim Abholen aller Dokumente über /api/v2/documents?page=N&pageSize=500 bekommen wir über alle Seiten hinweg 14'211 Einträge, es sind aber nur 13'987 Dokumente im Archiv. Einige IDs kommen auf zwei Seiten vor, andere fehlen ganz. Während des Abrufs wird nicht archiviert (Samstag, niemand im Büro). Sortierung haben wir keine angegeben. Ist die Reihenfolge ohne sort-Parameter nicht stabil? Falls das so gewollt ist, wäre es gut in der Doku, sonst ist es ein Bug.

Papyra Server 7.1.2 auf PostgreSQL 15.

Viele Grüsse
Jan Kessler"""),

("integrations", "Webhook sendet falsche Dokument-ID",
r"""Guten Tag

Der Webhook "document.created" sendet seit einigen Tagen bei Stapelscans manchmal die ID des vorherigen Dokuments. Beispiel Payload:

{"event":"document.created","documentId":77410,"archive":"Kreditoren","timestamp":"2024-06-03T09:14:22Z"}

Das Dokument 77410 wurde aber um 09:13 erstellt, das neue hat ID 77411. Unser Workflow-Tool lädt dann das falsche PDF. Tritt nur auf, wenn mehr als ca. 20 Seiten im Stapel sind.

Papyra Server 7.2.0

Mit freundlichen Grüssen
Lukas Senn"""),

("integrations", "Scripting: GetField() liefert null für Tabellenfelder",
r"""Hallo Support,

in einem Skript lese ich die Rechnungspositionen (Tabellenfeld "Positionen") aus:

var rows = doc.GetField("Positionen");
Log.Write(rows.Count);

-> NullReferenceException: Object reference not set to an instance of an object.
   at Papyra.Scripting.Host.ScriptDocument.GetField(String name)
   at Script_Kreditoren.OnValidate(ScriptDocument doc) line 12

In der Oberfläche sind die Positionen korrekt gefüllt. Einfache Felder wie "Rechnungsnummer" funktionieren. Laut Scripting-Referenz sollte GetField auch Tabellenfelder liefern.

Papyra Desktop 7.1.2

Gruss
Tobias Wenk"""),

("integrations", "API-Token läuft nach 1 Stunde ab statt nach 90 Tagen",
r"""Guten Tag

Wir haben im Admin-Bereich ein API-Token mit Gültigkeit 90 Tage erstellt. Nach genau 60 Minuten liefert die API 401 {"error":"token_expired"}. Das Token ist im Admin-Bereich weiterhin als "gültig bis 12.09." angezeigt. Neues Token erstellen hilft jeweils wieder für eine Stunde. Serverzeit und Zeitzone stimmen (Europe/Zurich, NTP).

Papyra Server 7.2.0

Gruss
Adrian Kälin"""),

("database_storage", "Falsches PDF hinter Dokument",
r"""Sehr geehrte Damen und Herren

Wir haben ein ernstes Problem: Bei mindestens 6 Dokumenten im Archiv "Personal" wird beim Öffnen ein ganz anderes PDF angezeigt, z. B. zeigt der Eintrag "Arbeitsvertrag Meier" das PDF einer Lieferantenrechnung. Die Indexdaten stimmen, nur die Datei dahinter ist falsch. Wir wissen nicht, wie viele Dokumente betroffen sind. Das ist datenschutzrechtlich heikel.

Es gab letzte Woche einen Stromausfall während des Scannens, evtl. hängt es damit zusammen.

Papyra Server 7.0.1, SQL Server 2019, Dokumentenspeicher auf D:\PapyraStore

Was wir bisher festgestellt haben:
- Alle betroffenen Dokumente wurden am 14. oder 15. Mai abgelegt, also kurz vor bzw. nach dem Stromausfall (15. Mai, ca. 10:20 Uhr).
- Der Server hat keine USV, ist nach dem Stromausfall aber normal hochgefahren. Die Windows-Ereignisanzeige zeigt für die Platte D: einen NTFS-Fehler (Ereignis 55), chkdsk hat nach dem Neustart einige Dateien "repariert".
- Die Integritätsprüfung in Papyra haben wir noch nicht laufen lassen, weil wir nicht wissen, ob sie etwas verändert.
- Eine Sicherung vom 13. Mai (Veeam, ganzer Server) ist vorhanden.

Unsere Fragen:
1. Wie finden wir heraus, wie viele Dokumente insgesamt falsch verknüpft sind?
2. Können wir die Dateien aus der Sicherung vom 13. Mai zurückholen, ohne die seither abgelegten Dokumente zu verlieren?
3. Dürfen die Mitarbeitenden in der Zwischenzeit weiter ablegen, oder verschlimmern wir damit die Situation?

Bitte dringend um Rückmeldung, am besten telefonisch (026 555 19 80).

Freundliche Grüsse
Esther Vonlanthen
HR und Administration"""),

("database_storage", "Nach Wiederherstellung fehlen Dokumente vom März",
r"""Hallo

Nach einem Festplattendefekt haben wir den Papyra Server aus der Sicherung vom 30.04. wiederhergestellt (Papyra-eigene Sicherung, Datenbank + Store). Jetzt fehlen im Archiv alle Dokumente, die zwischen 4. und 21. März abgelegt wurden (ca. 900 Stück). Die Dokumente davor und danach sind da. Im Store-Ordner gibt es die Dateien aus dem März, aber die Datenbank kennt sie nicht.

Wie bekommen wir die Dokumente zurück ins Archiv? Und wieso fehlt genau dieser Zeitraum?

Mit freundlichen Grüssen
Reto Kunz"""),

("database_storage", "database disk image is malformed",
r"""Hallo

Papyra Desktop (Einzelplatz mit SQLite) startet nicht mehr:

Papyra.Data.ArchiveException: Archiv konnte nicht geöffnet werden.
 ---> Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 11: 'database disk image is malformed'.
   at Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(Int32 rc, sqlite3 db)
   at Papyra.Data.Sqlite.SqliteArchive.Open(String path)
   at Papyra.Desktop.Startup.OpenLastArchive()

Der PC ist gestern beim Windows-Update hängen geblieben und ich musste ihn ausschalten. Eine Sicherung habe ich nur von vor 2 Monaten. Gibt es eine Möglichkeit, die Datenbank zu reparieren?

Version 6.2.3
Bitte helfen Sie mir!
Gerda Wirz"""),

("database_storage", "Versionen verschwunden nach Zusammenführen von Akten",
r"""Guten Tag

Wir haben zwei Kundenakten (Doppelerfassung) mit der Funktion "Akten zusammenführen" vereint. Danach fehlt bei allen Verträgen der Versionsverlauf, es ist nur noch die letzte Version vorhanden. Laut Dokumentation sollten die Versionen erhalten bleiben. Betroffen sind 23 Dokumente, darunter unterschriebene Vertragsversionen, die wir zwingend brauchen.

Sind die alten Versionen noch im Store und lassen sie sich wiederherstellen?

Papyra Server 7.1.2, PostgreSQL 14

Freundliche Grüsse
Michael Thalmann"""),

("database_storage", "Doppelte Dokument-IDs nach Migration auf SQL Server",
r"""Hallo Papyra-Team

Wir haben mit dem Migrationsassistenten von SQLite auf SQL Server 2022 migriert. Seither tauchen neue Dokumente mit IDs auf, die es schon gibt (z. B. zwei Dokumente mit ID 40213). Beim Öffnen kommt dann mal das eine, mal das andere. Die Integritätsprüfung meldet:

WARN Duplicate key DocumentId=40213 in table dbo.Documents (2 rows)
WARN Duplicate key DocumentId=40214 in table dbo.Documents (2 rows)
... (insgesamt 318 Warnungen)

Scheint, als ob die Identity-Spalte nach der Migration nicht richtig gesetzt wurde. Wie reparieren wir das, ohne Dokumente zu verlieren?

Gruss
Ralf Zeller, IT-Leitung"""),

("documents_recognition", "Absturz bei OCR bestimmter PDFs",
r"""Guten Tag

Papyra Desktop 7.2.0 stürzt jedes Mal ab, wenn ich PDFs von einem bestimmten Lieferanten importiere (E-Rechnungen, per Mail erhalten). Fehlermeldung:

Unbehandelte Ausnahme in PapyraOCR.exe
System.AccessViolationException: Attempted to read or write protected memory.
   at Papyra.Ocr.Native.PageAnalyzer.Analyze(IntPtr image, Int32 flags)
   at Papyra.Ocr.OcrEngine.RecognizePage(PageImage page)
   at Papyra.Capture.ImportPipeline.Process(ImportItem item)

Andere PDFs gehen problemlos. Ich kann Ihnen ein Beispiel-PDF schicken (ist nicht vertraulich).

Freundliche Grüsse
Roman Lüscher"""),

("documents_recognition", "Beträge mit Apostroph falsch erkannt seit 7.2",
r"""Hallo

Seit 7.2.0 werden Schweizer Beträge mit Tausender-Apostroph falsch erkannt: "1'250.00" wird als 1.25 übernommen, "12'480.50" als 12.48. Gleiche Belege in 7.1.2 (haben wir auf einem Testrechner noch) werden korrekt erkannt. Regionale Einstellungen in Windows: Deutsch (Schweiz). Ist das ein bekannter Fehler? Wir haben schon 3 Zahlungen mit falschen Beträgen ausgelöst, bevor wir es gemerkt haben!

Gruss
Sabrina Roos
Kreditoren, Roos Metallbau"""),

("documents_recognition", "Code-128-Trennblatt mit Sonderzeichen: Absturz",
r"""Guten Tag

Wenn ein Trennblatt einen Code-128-Barcode mit einem Schrägstrich enthält (z. B. "AUF/2024/0815"), stürzt der Stapelimport ab:

System.ArgumentException: Illegal characters in path.
   at System.IO.Path.Combine(String path1, String path2)
   at Papyra.Capture.Separation.BarcodeSplitter.CreateBatchFolder(String code)
   at Papyra.Capture.Separation.BarcodeSplitter.Split(Batch batch)

Danach ist der ganze Stapel weg und muss neu gescannt werden. Die Auftragsnummern mit "/" kommen aus unserem ERP, die können wir nicht ändern.

Papyra Desktop 7.1.2

Gruss
Christian Hess"""),

("documents_recognition", "Leerseitenerkennung löscht beschriebene Seiten",
r"""Hallo

Bei aktivierter "Leere Seiten entfernen" (Duplex-Scan) werden seit dem Update auf 7.0.1 manchmal Seiten mit wenig Text entfernt, z. B. Rückseiten mit nur einer Unterschrift oder einem kurzen Vermerk. Empfindlichkeit steht auf dem Standard 5 wie vorher. Das ist bei unterschriebenen Verträgen fatal – wir haben gemerkt, dass die Unterschriftsseite bei mehreren Verträgen fehlt. Die Originale sind teils schon vernichtet.

Kann man die entfernten Seiten irgendwo wiederherstellen (Papierkorb, temporärer Ordner)? Und bitte prüfen Sie, was sich am Algorithmus geändert hat.

Mit freundlichen Grüssen
Dr. Anna Kessler
Notariat Kessler"""),

("installation_updates", "Absturz beim Update mit Stacktrace",
r"""Hallo

Das Update von Papyra Desktop 7.1.2 auf 7.2.0 bricht bei der Datenmigration mit folgendem Fehler ab:

Papyra.Setup.MigrationException: Migration step 'M0720_AddRetentionColumns' failed
 ---> System.InvalidOperationException: Sequence contains more than one matching element
   at System.Linq.Enumerable.Single[TSource](IEnumerable`1 source, Func`2 predicate)
   at Papyra.Setup.Migrations.M0720_AddRetentionColumns.Up(MigrationContext ctx)
   at Papyra.Setup.Migrator.Run(String targetVersion)

Danach startet weder die neue noch die alte Version. Wir haben zwei Archive mit gleichem Namen (eines heisst "Kreditoren" und eines "Kreditoren " mit Leerschlag), vielleicht ist das der Grund?

Gruss
Lorenz Fässler"""),

("installation_updates", "Papyra Server Dienst startet nach Update nicht",
r"""Guten Tag

Nach dem Update des Servers auf 7.2.0 startet der Dienst "Papyra Server" nicht mehr. Ereignisanzeige (Anwendung):

Anwendung: PapyraServer.exe
Frameworkversion: v4.0.30319
Beschreibung: Der Prozess wurde aufgrund einer unbehandelten Ausnahme beendet.
Ausnahmeinformationen: System.TypeInitializationException
   bei Papyra.Server.Configuration.ServerSettings..cctor()
Innere Ausnahme: System.FormatException: Die Eingabezeichenfolge hat das falsche Format.
   bei System.Int32.Parse(String s)
   bei Papyra.Server.Configuration.ServerSettings.ReadInt(String key)

Die Config haben wir nicht angefasst. Alle Clients stehen.

Freundliche Grüsse
Bernhard Maag, IT"""),

("installation_updates", "Desktop stürzt beim Start ab auf einigen PCs",
r"""Hallo zusammen

Auf 3 von 11 PCs stürzt Papyra Desktop 7.2.0 direkt nach dem Splash-Screen ab. Im Crash-Log (%LOCALAPPDATA%\Papyra\Logs\crash-20240611.txt):

System.NullReferenceException: Object reference not set to an instance of an object.
   at Papyra.Desktop.UI.Ribbon.RibbonBuilder.AddPluginTabs(IEnumerable`1 plugins)
   at Papyra.Desktop.UI.MainWindow.OnLoaded(Object sender, RoutedEventArgs e)

Die 3 PCs haben gemeinsam, dass dort früher das Zusatzmodul "Papyra Mail Connector" installiert war (inzwischen deinstalliert). Neuinstallation hat nichts gebracht.

Gruss
Silvan Brühwiler"""),

("account_access", "Benutzer sieht Dokumente aus gesperrtem Archiv",
r"""Guten Tag

Wir haben festgestellt, dass Mitarbeitende ohne Berechtigung für das Archiv "Lohn" über die globale Volltextsuche trotzdem Treffer daraus sehen und die Vorschau (inkl. Lohnabrechnungen!) öffnen können. Beim direkten Öffnen des Archivs kommt korrekt "Keine Berechtigung". Getestet mit zwei Benutzern, Papyra Server 7.1.2.

Das ist ein gravierendes Datenschutzproblem. Wir haben die Volltextsuche vorerst deaktiviert. Bitte um dringende Analyse.

Freundliche Grüsse
Katrin Amstutz
Datenschutzbeauftragte"""),

("account_access", "Gruppenrechte nach Update zurückgesetzt",
r"""Hallo

Nach dem Update auf 7.2.0 haben alle AD-Gruppen in Papyra wieder die Standardrechte ("Lesen") statt der Rechte, die wir konfiguriert hatten. Die Benutzerrechte auf Einzelbenutzer-Ebene sind noch da. In der Tabelle dbo.GroupPermissions sind die Einträge vorhanden, aber mit einer anderen GroupSid als die Gruppen im AD – als ob die SIDs neu eingelesen worden wären. Ist das ein Fehler im Update?

Gruss
Peter Nydegger"""),

("security_network", "API akzeptiert widerrufene Tokens",
r"""Guten Tag

Bei einem internen Sicherheitstest ist uns aufgefallen, dass API-Tokens, die im Admin-Bereich widerrufen wurden, noch bis zu einem Neustart des Papyra-Server-Dienstes funktionieren. Test:

1. Token erstellen, GET /api/v2/archives -> 200
2. Token im Admin-Bereich widerrufen
3. GET /api/v2/archives mit demselben Token -> weiterhin 200 (auch nach 24 h)
4. Dienst neu starten -> 401

Version 7.2.0. Bitte prüfen Sie das; wir möchten wissen, ob ein Fix geplant ist.

Mit freundlichen Grüssen
Fabio Rossi, Informationssicherheit"""),

("licensing_billing", "Lizenzdienst gibt Seats nicht frei",
r"""Hallo

Seit 7.1.0 gibt der Lizenzdienst die Arbeitsplätze nach dem Schliessen von Papyra nicht mehr frei. Nach ein paar Stunden sind alle 10 Seats "belegt" und die Leute bekommen "Keine freie Lizenz verfügbar". Im Lizenzlog:

2024-04-22 11:02:41 WARN Seat release failed for session 3f2a...: System.ObjectDisposedException: Cannot access a disposed object. Object name: 'LeaseStore'.
   at Papyra.Licensing.LeaseStore.Release(Guid sessionId)

Wir starten jetzt jeden Mittag den Dienst neu. Bitte um Lösung.

Gruss
Daniel Huber"""),

("database_storage", "Integritätsprüfung: 2300 verwaiste Dateien",
r"""Guten Tag

Die monatliche Integritätsprüfung meldet diesmal:

Orphaned files in store: 2314
Missing files for documents: 57

Letzten Monat war beides 0. Dazwischen gab es nur das Update auf 7.2.0 und das Verschieben des Stores von E:\ nach F:\ (nach Anleitung). Die 57 fehlenden Dateien sind echte Geschäftsdokumente. Können die verwaisten Dateien die fehlenden sein, nur unter anderem Pfad? Wie gehen wir sicher vor?

Freundliche Grüsse
Stephan Bolliger"""),
("integrations", "Skript-Engine: OutOfMemory bei Stapelverarbeitung",
r"""Grüezi

Unser Validierungsskript (läuft in der Papyra Skript-Engine bei jedem Dokument) führt bei grossen Stapeln nach ca. 300 Dokumenten zum Absturz:

System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.
   at Papyra.Scripting.Engine.JsContext.Evaluate(String code)
   at Papyra.Scripting.Host.ScriptRunner.RunEvent(String eventName, ScriptDocument doc)
   at Papyra.Capture.BatchProcessor.ValidateAll(Batch batch)

Im Task-Manager steigt der Speicher von PapyraDesktop.exe pro Dokument um ca. 8 MB und wird nie freigegeben, auch mit einem leeren Skript (nur "return true;"). Ohne Skript bleibt der Speicher stabil. Sieht nach einem Speicherleck in der Engine aus. Version 7.1.2, 64-bit.

Freundliche Grüsse
Urs Schwegler"""),
]

