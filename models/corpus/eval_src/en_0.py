# Hand-written evaluation mails: English, level 0 (self-service).
LANG = "en"
LEVEL = 0
MAILS = [
("howto_usage", "Where is the admin guide?",
r"""Hi,

Could you point me to the administrator guide for Papyra Server 7.2? The link in the welcome email goes to the user manual, but I need the part about setting up archives and permissions.

Thanks,
James Whitfield
IT Manager, Whitfield Logistics Ltd"""),

("howto_usage", "Exporting search results to Excel",
r"""Hello,

Is there a way to export the list of search results (not the documents themselves, just the list with supplier, date and amount) to Excel? Our controller wants a monthly overview.

Kind regards,
Priya Nair"""),

("documents_recognition", "Does Papyra read handwriting?",
r"""Hi there,

Quick question before we roll this out to the warehouse: can Papyra's OCR read handwritten delivery notes, or only printed text? If it's only printed, is there a recommended way to index handwritten ones?

Cheers,
Tom Gallagher"""),

("installation_updates", "Supported SQL Server versions",
r"""Hello,

We are planning to move the Papyra database to our central SQL Server. Which versions and editions of SQL Server are supported by Papyra Server 7.1/7.2? We run SQL Server 2019 Enterprise and 2022 Standard. Is there a compatibility matrix on your site?

Best regards,
Michael Brennan
Database Administrator, Harwood Insurance Brokers"""),

("howto_usage", "Batch rename",
r"""hi, is there any way to rename lots of documents at once? e.g. add "2023_" in front of 150 file titles. thx, Dan"""),

("howto_usage", "Setting a default document type",
r"""Hello,

Most of what we scan are purchase invoices, but every time Papyra asks me to choose the document type. Can I set "Purchase invoice" as the default so I only change it for the exceptions? Version 7.0.1.

Thank you,
Fiona Campbell
Accounts, Campbell & Reid Solicitors"""),

("integrations", "Sage 50 export - which versions?",
r"""Hi,

We're on Sage 50 Accounts (UK) v30. Does the Papyra export support that, or only Sage 50 Switzerland? I couldn't find this in the integration docs.

Thanks
Rachel Doyle"""),

("database_storage", "Can I move the document store to another drive?",
r"""Hello,

Our C: drive on the server is getting full. Is there a documented procedure to move the Papyra document store to the D: drive? I don't want to just copy the folder and break something.

Nothing is broken yet, I'd just like to plan it properly.

Regards,
Steven Clarke"""),

("howto_usage", "Watermark on exported PDFs",
r"""Hello,

When we send documents to external auditors we'd like to stamp them with "COPY" as a watermark. Can Papyra do this on export, and where is the option?

Many thanks,
Helen Morris"""),

("security_network", "Does Papyra support TLS for client-server traffic?",
r"""Hi,

Our security team is filling in a vendor questionnaire. Is the connection between Papyra Desktop and Papyra Server encrypted (TLS version?), and can we use our own certificate? A link to the relevant documentation section would be ideal.

Best,
Aisha Rahman
Information Security, Northgate Housing Association"""),

("documents_recognition", "How to scan ID cards",
r"""Hello,

We need to archive copies of customer ID cards (both sides on one page). Is there a scan profile for small documents like ID cards, or how should I set it up? Our scanner is a Fujitsu fi-8170.

Thanks,
Lucy Turner"""),

("howto_usage", "Saved searches",
r"""Hi,

I run the same search every Monday ("unpaid invoices older than 30 days"). Can I save a search and reuse it, maybe even share it with my colleague?

Regards
Mark Jennings"""),

("installation_updates", "Can Papyra Desktop run without admin rights?",
r"""Hello,

Our users don't have local admin rights. Once installed by IT, can Papyra Desktop run and update normally under a standard user account, or will the updates need admin each time? Is this described in the deployment guide?

Kind regards,
Graham Fletcher
Desktop Support, Ashdown Engineering"""),

("howto_usage", "Keyboard shortcut to zoom",
r"""Is there a shortcut to zoom in on the document preview? Ctrl + mouse wheel doesn't seem to work. Papyra 7.1.2. Thanks - Olivia"""),

("licensing_billing", "Is the REST API included in our licence?",
r"""Hello,

We have Papyra Server Standard with 10 seats. Before our developer starts building anything: is REST API access included in the Standard edition, or does it require Professional? Is there an edition comparison page?

Regards,
Neil Patterson"""),

("account_access", "How do I set up single sign-on?",
r"""Hi,

We'd like our users to log in to Papyra with their Microsoft 365 (Entra ID) accounts instead of separate Papyra passwords. Is SSO supported in 7.2, and is there a setup guide?

Thanks,
Ben Okafor
IT, Okafor & Partners LLP"""),

("howto_usage", "Linking documents together",
r"""Hello,

Can I link a purchase order, the delivery note and the invoice together so that when I open one I can see the others? If so, is it manual or can it be automatic by order number?

Best regards,
Sarah Lloyd
Purchasing"""),

("documents_recognition", "Which barcode should we print on cover sheets?",
r"""Hi,

We want to print our own cover sheets with our job number as a barcode so Papyra files the scans automatically. Which barcode symbology works best with Papyra's recognition, and is there a template?

Cheers,
Andrew McAllister"""),

("howto_usage", "Audit trail report",
r"""Hello,

For our ISO audit we need to show who accessed certain documents in the last year. Does Papyra have an audit log report, and where can I find it in the menus?

Regards,
Claire Hopkins
Quality Manager"""),

("third_party_infrastructure", "Recommended NAS settings",
r"""Hi,

We've bought a QNAP TS-464 to hold the Papyra archive. Before we set it up, are there any recommendations from you (SMB version, caching, antivirus exclusions, snapshots)? I'd rather follow a guide than find out later.

Thanks,
Richard Shaw"""),

("howto_usage", "Dark mode?",
r"""Hi, does Papyra Desktop have a dark theme? My eyes would appreciate it :) Thanks, Jamie"""),

("integrations", "What does the REST API offer?",
r"""Hello,

We're evaluating whether to connect Papyra to our intranet. Is there public API documentation (OpenAPI/Swagger) showing what endpoints exist, e.g. search, upload, download?

Kind regards,
Martin Kowalski
Software Developer"""),

("database_storage", "How long are deleted documents kept?",
r"""Hello,

If a user deletes a document by mistake, how long do we have to restore it before it's gone for good? And can only admins restore from the recycle bin?

Thanks,
Joanne Price"""),

("howto_usage", "Print cover sheets for a list of clients",
r"""Hi,

Is there a way to print barcode cover sheets for all our 300 clients in one go from a list, instead of one by one? I think I saw this in a demo but can't find it.

Thanks,
Paul Robertson
Office Manager, Robertson Accountancy"""),

("howto_usage", "Change the date format",
r"""Hello,

Papyra shows dates as 03.04.2024 but our team is used to 03/04/2024 (UK). Can the display format be changed independently of Windows settings?

Kind regards,
Emma Walsh"""),
]
