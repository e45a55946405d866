# Hand-written evaluation mails: English, level 3 (experts / developers).
LANG = "en"
LEVEL = 3
MAILS = [
("integrations", "REST API: search endpoint ignores archive filter",
r"""Hi,

We're building an integration against the Papyra Server 7.2.0 REST API. The search endpoint ignores the archive filter when combined with full-text:

POST /api/v2/search
{"archive":"HR","query":"contract","fullText":true}

returns hits from all archives the API user can access (Finance, Sales, HR). Without fullText:true the filter works. Since the API user is a service account with broad permissions, this could leak documents into the wrong place in our intranet. Looks like a bug in how the full-text query is built.

Regards,
Tom Fraser
Senior Developer, Fraser Digital"""),

("integrations", "API rate limiting returns 500 instead of 429",
r"""Hello,

When our sync job makes more than ~20 requests per second, Papyra Server returns HTTP 500 with body:

{"error":"internal","detail":"Object reference not set to an instance of an object."}

Server log:
System.NullReferenceException
   at Papyra.Server.Api.Throttling.TokenBucket.TryTake(String clientId)
   at Papyra.Server.Api.Middleware.RateLimitMiddleware.Invoke(HttpContext ctx)

We'd expect 429 with Retry-After so we can back off. Version 7.1.2.

Thanks,
Ravi Patel"""),

("integrations", "Pattern rule stops working after editing in 7.2",
r"""Hi,

Any pattern rule that we edit and save in Papyra Desktop 7.2.0 stops matching altogether. Rules created before the upgrade and not touched keep working. If I export an edited rule to XML I can see the condition operator has become "Equals" instead of "Contains", even though the UI still shows "Contains". Looks like a serialisation bug in the rule editor.

Regards,
Jenny Collins"""),

("integrations", "Script engine: File.WriteAllText writes to wrong folder",
r"""Hello,

Our export script writes a sidecar JSON file next to each exported PDF:

File.WriteAllText(target.Folder + "\\" + doc.Id + ".json", json);

Since 7.2.0 the files end up in C:\Windows\System32 instead of the export folder (target.Folder appears to be empty in OnExport, although the PDF itself is exported to the correct place). We've had hundreds of files written into System32 before noticing.

Regards,
Liam Murphy"""),

("integrations", "Webhook signature verification fails",
r"""Hi,

We verify the X-Papyra-Signature header on webhooks (HMAC-SHA256 over the raw body, as per docs). It works for most events but fails whenever the payload contains non-ASCII characters (e.g. supplier "Müller GmbH"). It seems the signature is computed over a differently encoded body (Latin-1?) than what's sent (UTF-8). Papyra Server 7.2.0.

Example body and both HMACs attached.

Thanks,
Oscar Lindqvist"""),

("integrations", "API returns deleted documents",
r"""Hello,

GET /api/v2/documents?modifiedSince=2024-05-01T00:00:00Z returns documents that are in the recycle bin, with no flag indicating they're deleted. Our downstream system then re-creates them. The docs say deleted documents are excluded unless includeDeleted=true is passed. Version 7.1.2 on SQL Server.

Regards,
Mia Andersson"""),

("integrations", "Scripting: crash when script accesses page images",
r"""Hello,

Any script calling doc.Pages[i].GetImage() crashes Papyra Desktop after processing around 40 documents:

System.Runtime.InteropServices.ExternalException (0x80004005): A generic error occurred in GDI+.
   at System.Drawing.Image.Save(Stream stream, ImageCodecInfo encoder, EncoderParameters encoderParams)
   at Papyra.Scripting.Objects.PageObject.GetImage(String format)
   at Script_Stamp.OnValidate(ScriptDocument doc) line 8

GDI handle count in Task Manager climbs steadily to 10,000 before the crash, so it looks like handles are not released.

Papyra Desktop 7.1.2

Cheers,
Stuart Kerr"""),

("database_storage", "Documents show another customer's PDF",
r"""Hello,

This is urgent. Three of our users have reported that opening certain client files shows a PDF belonging to a different client. Metadata is correct, the underlying file is wrong. We checked the store: two documents point to the same file hash. This started after we ran "Deduplicate store" (new feature in 7.2.0) last weekend.

We're a law firm, so this is a serious confidentiality issue. Please escalate to your developers.

Regards,
Alistair Grant
Practice Manager, Grant & Moffat Solicitors"""),

("database_storage", "Restore from backup missing last two months",
r"""Hi,

We had to restore Papyra Server from last night's backup after a disk failure. The restore completed "successfully", but all documents from the last two months are missing from the archive, although the backup file is much larger than one from two months ago. It looks like the database part of the backup is older than the store part.

Server 7.1.2, SQL Server 2019. Please help, we need those documents.

Thanks,
Sharon Quinn"""),

("database_storage", "Integrity check crashes",
r"""Hello,

Running the archive integrity check crashes the admin console after ~20 minutes:

System.InvalidCastException: Unable to cast object of type 'System.DBNull' to type 'System.String'.
   at Papyra.Data.Integrity.StoreChecker.CheckDocument(IDataRecord row)
   at Papyra.Data.Integrity.StoreChecker.Run(IProgress`1 progress)

We run it because some users report "file not found" for older documents. So we have a possibly inconsistent archive and a checker that can't check it.

Papyra Server 7.2.0, PostgreSQL 15

Regards,
Darren Cole"""),

("database_storage", "Duplicate documents after network outage",
r"""Hi,

After a short network outage during a big batch import, we have about 1,200 documents that exist twice in the archive (same content, different IDs), plus some batches where pages are missing from documents. It seems the client retried parts of the batch that the server had already committed. Version 7.1.2.

Is there a safe way to find and merge these duplicates and identify the incomplete documents?

Thanks,
Emily Parsons"""),

("database_storage", "SQLite archive: documents disappear after compaction",
r"""Hello,

On our standalone Papyra Desktop 7.0.1 (SQLite), we ran "Compact archive" from the maintenance menu. Afterwards, roughly 300 documents from 2021 no longer appear in the archive, though the files are still in the store folder. The compaction log shows:

WARN Skipping document 10442: foreign key mismatch
WARN Skipping document 10443: foreign key mismatch
...

How do we get them back, and why does compaction drop documents instead of stopping?

Regards,
Colin Ferguson"""),

("database_storage", "Version history shows wrong author",
r"""Hi,

Since the upgrade to 7.2.0, the version history of every document edited after the upgrade shows the same author ("svc-papyra", our service account) instead of the actual user. The audit log has the correct users. For us this breaks our compliance audit trail (FCA regulated). It looks like the server writes the connection identity rather than the session user when saving versions.

Regards,
Victoria Steele
Compliance Officer"""),

("documents_recognition", "OCR engine crash on large scans",
r"""Hello,

Scanning A3 drawings at 600 dpi crashes Papyra Desktop:

Faulting application name: PapyraOCR.exe, version: 7.2.0.1184
Faulting module name: ppocr_core.dll, version: 7.2.0.1184
Exception code: 0xc0000409
Fault offset: 0x00000000000a1f3e

Smaller pages are fine. Same scans worked in 7.1.2. We can provide sample images (not confidential).

Thanks,
Gordon Blake
Blake Civil Engineering"""),

("documents_recognition", "QR code data truncated",
r"""Hi,

Papyra reads QR codes on our delivery notes, but the value is truncated at 255 characters. Our QR codes contain JSON with ~600 characters. The truncated value then breaks our pattern rule. Other QR readers get the full value. Is this a hard limit in the field type or a bug? Papyra 7.1.2.

Regards,
Nina Schultz"""),

("documents_recognition", "Regression: date recognition swaps day and month",
r"""Hello,

Since 7.2.0, invoice dates like 04/05/2024 are recognised as 5 April instead of 4 May on our UK invoices, although the OCR/recognition region is set to "English (United Kingdom)". Version 7.1.2 got this right. We've found several invoices paid late because of wrong due dates.

Regards,
Peter Lawson"""),

("documents_recognition", "Blank page removal deletes pages with content",
r"""Hi,

With "remove blank pages" enabled, Papyra 7.1.0 sometimes removes pages that have a small amount of text, like signature pages. We've checked the scans - the pages are definitely captured by the scanner but missing in the archived document. This has happened on signed contracts. The originals have been shredded in some cases, so this is a big problem.

Can the dropped pages be recovered from somewhere (temp folder, cache), and could someone look at the detection logic?

Thanks,
Andrea Morrison"""),

("installation_updates", "Server upgrade fails with stack trace during DB migration",
r"""Hello,

Upgrading Papyra Server from 7.0.1 to 7.2.0 fails during the database migration:

Papyra.Setup.MigrationException: Migration 'M0715_IndexFullText' failed
 ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot create a row of size 8274 which is greater than the allowable maximum row size of 8060.
   at Papyra.Setup.Migrations.M0715_IndexFullText.Up(MigrationContext ctx)
   at Papyra.Setup.Migrator.Run(String targetVersion)

The server now refuses to start with either version. We restored a VM snapshot for now, but we need to get to 7.2.

Regards,
Martin Hughes"""),

("installation_updates", "Papyra Desktop crashes on launch after update",
r"""Hi,

After updating to 7.2.0, Papyra Desktop crashes on launch for users with a second monitor disconnected (laptops undocked):

System.ArgumentException: Parameter is not valid.
   at System.Drawing.Rectangle.Intersect(Rectangle a, Rectangle b)
   at Papyra.Desktop.UI.WindowStateManager.RestorePosition(WindowSettings s)
   at Papyra.Desktop.UI.MainWindow..ctor()

Deleting %APPDATA%\Papyra\window.xml makes it start once, until they dock and undock again.

Cheers,
Nick Rowe"""),

("installation_updates", "Update service crash loop",
r"""Hello,

The Papyra Update Service crashes every few minutes on all clients since yesterday:

Application: PapyraUpdateSvc.exe
Exception Info: System.Xml.XmlException: Data at the root level is invalid. Line 1, position 1.
   at Papyra.Update.ManifestReader.Parse(Stream s)
   at Papyra.Update.UpdateService.CheckForUpdates()

It seems the update manifest it downloads is not XML. Our proxy doesn't modify it (we checked). CPU usage on the terminal servers is high because of the restarts.

Regards,
Bryony West"""),

("account_access", "Permission inheritance bug: subfolder more open than parent",
r"""Hi,

We restricted the "Board" archive to the group "Directors". A subfolder "Board/Minutes 2024" created afterwards shows "inherits permissions", but everyone in "All staff" can open documents in it. The effective permissions report says "Directors only", yet a normal user can open them. Papyra Server 7.1.2.

This is a serious issue for us; we've temporarily moved the documents.

Regards,
Hugo Sinclair
IT Director"""),

("account_access", "Session tokens not invalidated on password change",
r"""Hello,

During a penetration test it was found that after a Papyra user changes their password (or an admin resets it), existing sessions on other machines stay valid indefinitely, including web client sessions. The tester could keep using a stolen session cookie for days. Papyra Server 7.2.0, local Papyra accounts.

Report excerpt attached. Could this be looked at by your security/development team?

Regards,
Owen Fraser
Head of IT Security"""),

("security_network", "Web client vulnerable to path traversal?",
r"""Hello,

Our pen testers reported that the Papyra web client download endpoint accepts path traversal sequences:

GET /web/download?file=..%2F..%2Fconfig%2Fserver.config

returned the server configuration file including the database connection string. Papyra Server 7.1.2. We've blocked /web/download at the reverse proxy for now. Please treat this as a security report and let us know about a fix.

Regards,
Yusuf Ahmed
Security Engineer"""),

("licensing_billing", "Seat count wrong after concurrent logins",
r"""Hi,

Papyra Server 7.2.0 reports 14/15 seats in use, but only 6 people are logged in. The licence console lists multiple sessions per user with the same machine name. The licence log has:

ERROR LeaseStore: failed to persist lease 2b7c...: database is locked
WARN LeaseStore: lease 2b7c... kept in memory only

After a server restart it's correct again, then drifts within a day. It looks like the leases are not released when persistence fails.

Regards,
Frank Lowry"""),

("integrations", "Exported XML missing line items since 7.1",
r"""Hello,

Since 7.1.0, the generic XML export no longer contains the <LineItems> element for invoices with more than 50 lines - the element is simply missing, no error. Invoices with fewer lines are fine. Our ERP then books the invoice as a single line. Same invoices exported from 7.0.1 were complete. Could you check this?

Regards,
Graham Pike"""),
]
