# Hand-written evaluation mails: English, level 4 (external vendors / infrastructure).
LANG = "en"
LEVEL = 4
MAILS = [
("third_party_infrastructure", "Synology share lost after DSM update",
r"""Hi,

Our Synology RS822+ updated itself to DSM 7.2.2 overnight and now Papyra Server can't reach the document store (\\syno01\papyra): "The specified network name is no longer available". From the server, Explorer also can't open the share. The NAS is under the support contract we have through you.

Can you get Synology involved please? Nobody can file documents at the moment.

Thanks,
Mark Hollis
Hollis & Grey Architects"""),

("third_party_infrastructure", "Citrix: Papyra window goes black",
r"""Hello,

On our Citrix Virtual Apps farm (2402 LTSR, Server 2022 VDAs), the Papyra Desktop window turns completely black for a few seconds whenever users scroll through a multi-page document preview. Locally it's fine. Our Citrix partner suspects GPU/Thinwire settings on the VDAs. Could you coordinate with them through your contract?

Regards,
Simon Tate
IT, Meadowbank Healthcare"""),

("third_party_infrastructure", "Ricoh MFP scan-to-folder failing",
r"""Hi,

Our Ricoh IM C6000 can no longer send scans to the Papyra watch folder (\\fs01\scans\papyra). Display says "Transmission has failed. Check the status of the destination." The folder works from PCs. Ricoh's engineer changed something during the last service visit. The MFP is on a managed print contract via you.

Could you log it with Ricoh?

Thanks,
Janet Walker"""),

("third_party_infrastructure", "Windows Server update broke the scan service host",
r"""Hello,

After installing this month's cumulative update on our Windows Server 2019 RDS host, the Windows Image Acquisition (WIA) service fails to start (error 1067), so nobody can scan into Papyra from that host. Uninstalling the update isn't an option for us due to security policy. This seems to be a Microsoft problem - could you raise it with Microsoft under your support agreement?

Regards,
Terry Sullivan"""),

("third_party_infrastructure", "RDS: users see each other's scanners",
r"""Hi,

On our Remote Desktop Services farm (Server 2022), users in Papyra see a list of every redirected scanner from all sessions, and sometimes pick a colleague's scanner by mistake. This is due to how RDS device redirection exposes the devices, not Papyra itself. Can your RDS partner help us lock this down?

Thanks,
Caroline Dunn"""),

("third_party_infrastructure", "QNAP NAS unreachable after firmware update",
r"""Hello,

Our QNAP TS-873A is unreachable since a firmware update last night. It doesn't respond to ping and the status LED is flashing red. The Papyra document store is on it, so the whole archive is offline. QNAP support is part of the contract we have through you - please escalate urgently.

Graham Hurst
Operations Director
07700 900123"""),

("third_party_infrastructure", "Canon MFP: OCR PDF option greyed out",
r"""Hi,

Our Canon imageRUNNER ADVANCE DX C5860i used to send searchable PDFs to Papyra. After the device was replaced under warranty, the "OCR (Text Searchable)" option is greyed out. Canon says a licence needs to be transferred to the new device. Could you sort that with Canon?

Regards,
Beth Sanderson"""),

("third_party_infrastructure", "HP MFP can't authenticate to SMB share",
r"""Hello,

Our HP Color LaserJet Enterprise MFP M577 stopped saving scans to the Papyra import folder after our domain enforced NTLMv2 only. The printer says "Unable to connect to the network folder". HP says a newer firmware (FutureSmart 5) is needed. Can you arrange the firmware update via your HP partner?

Thanks,
Derek Moss"""),

("third_party_infrastructure", "VMware: Papyra VM disk latency",
r"""Hi,

Our Papyra Server VM on VMware ESXi 8.0 U2 shows disk latency spikes of 500ms+ every few minutes, making Papyra sluggish. The storage array (vSAN) reports a degraded disk group. Our VMware environment is managed by your infrastructure partner. Please pass this on.

Regards,
Lindsay Barker"""),

("third_party_infrastructure", "SQL Server: Agent jobs failing after patch",
r"""Hello,

After the DBA (external, under your managed service) patched SQL Server 2019 to the latest CU, all SQL Agent maintenance jobs for the Papyra database fail with "Unable to start execution of step 1 (reason: JobOwner CORP\oldadmin doesn't have server access)". Index maintenance hasn't run for 10 days and Papyra is getting slower. Can you get the DBA to fix the job owner?

Thanks,
Ken Marshall"""),

("third_party_infrastructure", "Brother scanner firmware bug",
r"""hi, after our brother ADS-3300W updated its firmware it saves every scan as a separate file per page, even with "multi-page PDF" selected. papyra then creates one document per page. brother support told us to go through our reseller (you). please help. thanks, Ali - Stanton Garage"""),

("third_party_infrastructure", "Citrix: Papyra fails to launch from StoreFront",
r"""Hello,

Since our Citrix partner upgraded StoreFront to 2402, launching the published app "Papyra Desktop" fails with "Cannot start app. Contact your help desk." Other published apps launch fine. The Director shows "Application not found" on some VDAs in the delivery group. Could you coordinate with the partner?

Regards,
Jason Kemp"""),

("third_party_infrastructure", "Kyocera: scans arrive as TIFF",
r"""Hi,

After Kyocera's engineer reset our TASKalfa 3554ci, scans arrive in the Papyra folder as TIFF instead of PDF, and with the wrong file naming. The admin password has been changed by Kyocera, so we can't fix it ourselves. Please ask Kyocera to restore the previous scan settings.

Thanks,
Paula Griffiths"""),

("third_party_infrastructure", "Hyper-V replica failover left Papyra on old data",
r"""Hello,

Our hosting partner failed over our Papyra Server VM to the Hyper-V replica site during maintenance. The replica was 2 days behind, so users are now working on an out-of-date archive and new documents are going in there. The partner is supposed to fail back tonight. Can you make sure they coordinate with you so nothing gets lost?

To give you the timeline as we understand it:
- Saturday 22:00: partner starts planned maintenance on the primary Hyper-V host
- Saturday 22:40: failover to replica site, which apparently had replication paused since Thursday (a full disk on the replica host, they say)
- Monday 08:00: users start working, nobody notices until lunchtime when someone can't find Friday's invoices
- Since then ~350 new documents have been filed on the replica VM

What we need is for the partner to fail back without throwing away Monday's and today's documents. We don't know whether Papyra can merge two archives or whether we'll have to export and re-import. Papyra itself is working fine, it's the platform that caused this, but we need both sides talking to each other.

Regards,
Diane Fowler"""),

("third_party_infrastructure", "Synology Drive sync conflicts in import folder",
r"""Hi,

Our MFP saves scans into a folder that Synology Drive syncs to the Papyra server. We're getting lots of "filename (conflict copy).pdf" files, which Papyra then imports twice. Synology Drive settings are managed by our IT provider under your contract. Could you ask them to look at the sync task?

Thanks,
Ross Cunningham"""),

("third_party_infrastructure", "Print server migration broke label printing",
r"""Hello,

Our IT provider migrated the print server to Windows Server 2022. Since then, Papyra can't print barcode labels to our Zebra ZD421 printers: the shared printers show as "offline" on the clients. Other printers work. The print server is managed by the provider under your agreement. Please raise it with them.

Regards,
Jade Russell"""),

("third_party_infrastructure", "Azure Virtual Desktop: Papyra can't reach on-prem server",
r"""Hi,

We moved our users to Azure Virtual Desktop (managed by our Microsoft partner). Papyra Desktop in AVD can't reach the on-premise Papyra Server: "Connection timed out". The site-to-site VPN between Azure and our office seems to drop traffic on the Papyra ports. The Azure network is not something we manage. Could you coordinate with the partner?

Regards,
Ethan Palmer"""),

("third_party_infrastructure", "NAS disk failure - degraded RAID",
r"""Hello,

Our Synology DS1522+ reports "Storage Pool 1 degraded - Drive 2 crashed". The Papyra archive is still accessible but slow. We need a replacement drive and someone to supervise the rebuild. The NAS is covered by the hardware contract through you.

Thanks,
Lorna McLeod"""),

("third_party_infrastructure", "Windows Server 2016 end of support on hosted server",
r"""Hello,

Our Papyra Server runs on a Windows Server 2016 VM provided by our hosting company. Their platform won't let us upgrade to 2022 until they migrate us to a new cluster, and they keep postponing. Since they're contracted through you, could you push them for a date?

Regards,
William Drake"""),

("database_storage", "Managed PostgreSQL: connection limit reached",
r"""Hi,

Our Papyra database runs on a managed PostgreSQL service from our hosting provider. Since they changed the plan, we get "FATAL: remaining connection slots are reserved for non-replication superuser connections" during busy periods, and Papyra shows "Archive unavailable". We can't change max_connections ourselves. Could you ask the provider to raise the limit?

Thanks,
Harriet Cole"""),

("database_storage", "SAN snapshot restore needed",
r"""Hello,

A user accidentally deleted a whole folder of documents and emptied the recycle bin. We'd like to restore the document store volume from last night's SAN snapshot (NetApp, managed by our storage provider). Could you coordinate the restore with the provider and then help us reconcile the archive?

Regards,
Vincent Hale"""),

("documents_recognition", "MFP adds black border to scans",
r"""Hi,

Since the Xerox engineer replaced the scanner glass on our AltaLink C8170, every scan has a thick black border on the left side. Papyra's recognition fails on invoices where the supplier name is close to the edge. The device is under a Xerox contract through you - please book a return visit.

Thanks,
Amanda Pearce"""),

("documents_recognition", "Scanner feed rollers worn",
r"""Hello,

Our Fujitsu fi-7160 (under your maintenance contract) has started double-feeding and skewing pages, so Papyra splits documents in the wrong places. The rollers are probably worn. Can you arrange a service visit or replacement kit?

Regards,
Gavin Moore"""),

("security_network", "Managed firewall blocking IMAP for mail import",
r"""Hi,

Papyra's mail import stopped working yesterday: "Could not connect to outlook.office365.com:993 (timed out)". Our firewall (Palo Alto, managed by our security provider under your contract) had a policy update the same day. Please ask them to check the outbound rules for the Papyra server.

Thanks,
Rachel Boyd"""),

("installation_updates", "Hosting provider blocks Papyra update",
r"""Hello,

Our hosting provider's application whitelisting (managed by them) is blocking the Papyra Server 7.2.0 installer on the hosted VM. They say they need a request from the software vendor before they add it. Can you contact them under the contract so we can update?

Regards,
Jonathan Ellis"""),
]
