# Hand-written evaluation mails: English, level 2 (second-line technical support).
LANG = "en"
LEVEL = 2
MAILS = [
("installation_updates", "Installer rolls back: 'Service failed to start'",
r"""Hello,

Installing Papyra Server 7.2.0 on a fresh Windows Server 2022 VM fails near the end with:

"Service 'Papyra Server' (PapyraServer) failed to start. Verify that you have sufficient privileges to start system services."

Then it rolls back. We chose a domain service account (CORP\svc-papyra) in the setup wizard. It has "Log on as a service" via GPO. Installing with LocalSystem works, but our policy requires a service account. Could someone call me to go through it?

Regards,
Gareth Evans
Infrastructure, Pendle Valley Council
01282 555 019"""),

("installation_updates", "Update stuck at 'Migrating archive 1 of 3'",
r"""Hi,

We started the Papyra Desktop 7.1.2 -> 7.2.0 update on our standalone scanning PC yesterday at 5pm. It's been at "Migrating archive 1 of 3" for 16 hours. The progress bar hasn't moved, disk activity is minimal. The archive is about 60 GB. Should we wait or cancel? We're nervous about breaking the archive.

Some details in case they help:
- Windows 10 Pro 22H2, 16 GB RAM, the archive is on the local SSD (D:\PapyraData)
- the three archives are "Purchase invoices" (about 50 GB), "HR" and "Contracts"
- the update log (C:\ProgramData\Papyra\Logs\update-20240612.log) ends with:
  2024-06-12 17:04:51 INFO Migrating archive 'Purchase invoices' (1/3)
  2024-06-12 17:04:52 INFO Rebuilding thumbnails (step 2 of 5)
  and nothing after that
- Task Manager shows PapyraMigrate.exe at 0% CPU and ~300 MB memory

We have a full backup from the weekend (Veeam agent), so worst case we can restore, but we'd lose Monday's and Tuesday's scans, which we'd rather avoid. The scanning PC is also the only one connected to our big scanner, so the team is stuck until this is sorted.

Could someone call me on 0161 555 0142 or connect remotely?

Thanks,
Lisa Moran"""),

("installation_updates", "Silent install ignores SERVER parameter",
r"""Hello,

Deploying Papyra Desktop 7.2.0 via PDQ Deploy with:

PapyraSetup.exe /quiet SERVER=papyra01.corp.local PORT=8443

Install completes with exit code 0, but when users open Papyra they get the "Connect to server" wizard instead of connecting automatically. With 7.1.2 the same command line worked. Has the parameter name changed?

Cheers,
Connor Walsh"""),

("installation_updates", "Migrating to a new server - clients still point to old one",
r"""Hello,

We moved Papyra Server to new hardware following the migration guide (backup on old, restore on new, same version 7.1.2). Server runs fine, but some clients intermittently connect to the old server name, which we've now shut down, and fail with "Server unreachable". We updated the setting on each client. It seems to revert after a reboot on some machines. Any idea where else this is stored?

Regards,
Rob Henderson"""),

("installation_updates", "Prerequisite check fails: 'WebView2 runtime missing'",
r"""Hello,

The Papyra Desktop 7.2.0 installer stops with "Microsoft Edge WebView2 Runtime is required but could not be installed (0x80070643)". Our machines are locked down and Edge updates are managed centrally. WebView2 is actually present (version 120) on the machine. Can the check be skipped or is there something we need to configure?

Thank you,
Sandra Mitchell
End User Computing"""),

("security_network", "Bitdefender deletes Papyra update files",
r"""Hi,

Bitdefender GravityZone keeps flagging the Papyra updater ("Gen:Variant.Tedy.512441") and deletes the downloaded update package in C:\ProgramData\Papyra\Updates. So the update fails every night with "Update package corrupt or missing". Can you confirm it's a false positive and tell us which paths/hashes to exclude?

Thanks,
Patrick O'Neill
IT, O'Neill Freight"""),

("security_network", "Scans blocked by Defender ASR rule",
r"""Hello,

Since our MSP enabled Microsoft Defender Attack Surface Reduction rules, the Papyra Outlook add-in doesn't load and saving emails to Papyra fails. Event log: "Microsoft Defender Exploit Guard has blocked an operation that is not allowed by your IT administrator. Rule ID: d4f940ab-401b-4efc-aadc-ad5f3c50688a". That's the "Block all Office applications from creating child processes" rule, I believe. Which exclusions should we set?

Best,
Zoe Carter"""),

("security_network", "Trend Micro blocks connection to licence server",
r"""Hi,

Since Trend Micro Apex One was rolled out, Papyra Desktop shows "Licence could not be verified - working in offline grace period (6 days left)". Web reputation logs show blocked requests from PapyraDesktop.exe. We've allowed the domain in Apex One but it still fails. We need this sorted before the grace period ends.

Regards,
Hugh Davies"""),

("security_network", "Proxy PAC file not used",
r"""Hello,

Our company uses a PAC file for proxy configuration (set via GPO). Browsers work, but Papyra's update check and activation time out. It seems Papyra doesn't pick up the PAC/automatic proxy settings. Can we configure it to use the system proxy or a fixed proxy?

Thanks,
Angela Ross"""),

("security_network", "Certificate error after enabling HTTPS on server",
r"""Hi,

I enabled HTTPS on Papyra Server 7.1.2 with a certificate from our internal CA (SAN: papyra.ad.harlowgroup.local). Clients now say "The server certificate name does not match (papyra01)". The clients are configured with the short name. If I change one client to the FQDN it works. Can we avoid changing all 40 clients?

Regards,
Simon Brooks"""),

("documents_recognition", "Scanner not detected after Windows 11 upgrade",
r"""Hello,

After upgrading our reception PC from Windows 10 to Windows 11, Papyra Desktop no longer lists our Brother ADS-2800W. The Brother "ControlCenter" app can still scan. I've reinstalled the TWAIN driver and Papyra (7.1.2) - no change. Could someone connect remotely and take a look?

Thanks,
Megan Foster
Foster Vets"""),

("documents_recognition", "Invoice total picked up as VAT amount",
r"""Hi,

For invoices from one of our main suppliers (Brakeman Industrial Supplies), Papyra keeps reading the VAT amount as the invoice total. Their invoice layout has the VAT line underneath the total in a bigger font. We correct it manually every time (about 80 invoices a month). Can you help us train Papyra on this layout?

Regards,
Joe Whitaker
Accounts Payable"""),

("documents_recognition", "Setting up recognition for utility bills",
r"""Hello,

We manage 40 properties and want Papyra to recognise utility bills (electricity, gas, water from several suppliers) and extract account number, meter number, period and amount. I've tried creating a document type but the results are very mixed. Could we book a session with a technician to set this up properly?

Thanks,
Catherine Burke
Portfolio Administrator"""),

("documents_recognition", "OCR results poor on colour scans",
r"""Hi,

Since we switched our scan profile to colour (to keep stamps visible), OCR accuracy dropped a lot - many amounts and dates are wrong. Black and white scans of the same invoices are fine. Is there a setting for colour preprocessing? Papyra Desktop 7.2.0, Canon DR-C240 at 300 dpi.

Cheers,
Nathan Hill"""),

("documents_recognition", "Patch code separator sheets not recognised",
r"""Hello,

We use Kodak patch code sheets (Patch T) to separate documents, which worked with our old capture software. Papyra treats them as normal pages. Is patch code separation supported with our scanner (Kodak S2070) and how do we configure it?

Thank you,
Irene Walsh"""),

("integrations", "Xero export missing tracking categories",
r"""Hi,

We use the Papyra export to Xero (via the generic CSV bill import). Tracking categories (our cost centres) are always empty in Xero, although they're filled in Papyra and mapped in the CSV profile. The rest of the bill imports fine. Could you review our export profile with us?

Thanks,
Louise Grant
Management Accountant"""),

("integrations", "DATEV export: wrong account for reverse-charge invoices",
r"""Hello,

For EU reverse-charge supplier invoices, the Papyra DATEV export uses the normal input VAT key (9) instead of the reverse-charge key (94), so our German tax advisor has to correct all of them. We set the tax code mapping as described but it doesn't seem to apply. Papyra Desktop 7.1.2.

Best regards,
Henrik Larsen
Finance, Larsen Components GmbH"""),

("integrations", "SAP Business One: posting date off by a month",
r"""Hi,

When Papyra exports invoices to SAP Business One, the posting date is set to the first day of the next month for invoices scanned after the 25th. We didn't configure that. Is there some "period cutoff" setting we've missed?

Regards,
David Lewis"""),

("integrations", "CSV export: leading zeros removed",
r"""Hello,

Our supplier numbers have leading zeros (e.g. 000412). In the CSV export from Papyra they come out as 412, which breaks the import into our ERP. Is there an option to export fields as text or quote them?

Thanks,
Rachel Young"""),

("integrations", "Email import: attachments from one sender not imported",
r"""Hello,

Papyra's mail import (IMAP, Microsoft 365 mailbox) picks up PDFs from all suppliers except one - their invoices arrive with attachments named "invoice.PDF" (uppercase extension) and sometimes as "application/octet-stream". Those mails are marked as processed but nothing is imported. Can the filter be adjusted?

Regards,
Mike Turner"""),

("database_storage", "Search slow on one installation",
r"""Hi,

We have two separate Papyra Server installations (UK and Ireland). Ireland's searches take 30-60 seconds, the UK ones 2 seconds, with similar archive sizes (~200k docs) and similar hardware. Ireland runs PostgreSQL 15, UK runs SQL Server 2019. Any ideas what to check? Happy to give remote access.

Thanks,
Conor Byrne"""),

("database_storage", "Backup to network share fails",
r"""Hello,

Papyra Server's scheduled backup fails every night with:

"Backup failed: The network path was not found. (\\backupsrv\papyra)"

The path is reachable from the server when logged in. I suspect the service account can't access it. Which account runs the backup, and what permissions does it need?

Regards,
Tony Richards"""),

("database_storage", "Archive grows very fast",
r"""Hello,

Our document store grew from 200 GB to 750 GB in three months, but we only added about 10% more documents. Looking at the folders, many documents have dozens of versions, each a full copy. We think it's the nightly script that updates a field. Can we configure versioning to keep only metadata changes, and clean up old versions safely?

Thanks,
Ellen McCarthy"""),

("account_access", "Users can't log in with Windows authentication",
r"""Hi,

Since we migrated our domain controllers to Windows Server 2022, Windows authentication in Papyra fails for everyone ("Kerberos authentication failed, falling back to password"). Password login still works. We think the SPN for the Papyra service account may be missing. Could you help us check the configuration?

Regards,
Kevin Ashworth"""),

("licensing_billing", "Licence server not found by clients",
r"""Hello,

Since we moved the Papyra licence service to a separate VM, clients show "Licence server not reachable - running in grace mode". Ping works and the port is open. We followed the documentation but clients don't seem to use the new address. Can you help us configure this correctly?

Thanks,
Ruth Simmons"""),
]
