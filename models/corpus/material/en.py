"""English material: phrase pools, scenarios per (level, category) and whole hand-written mails."""

LANG = "en"
REGIONS = {"UK": 0.35, "INT": 0.65}  # INT: companies in CH/DE/FR/IT writing English, often non-native
P_FORMAL = 0.6

FIRST = ["James", "Sarah", "David", "Emma", "Oliver", "Priya", "Tom", "Rachel", "Mark", "Hannah", "Lukas", "Marco",
         "Sophie", "Daniel", "Anna", "Chris", "Julia", "Ahmed", "Nina", "Peter", "Laura", "Stefan", "Claire", "Ben"]
LAST = ["Miller", "Smith", "Taylor", "Brown", "Wilson", "Patel", "Clarke", "Hughes", "Keller", "Rossi", "Dubois",
        "Meier", "Novak", "Evans", "Walker", "Schneider", "Bianchi", "Fischer", "Moreau", "Green", "Baker", "Huber"]
COMPANIES = ["UK|Hartley & Finch Ltd", "UK|Northgate Logistics Ltd", "UK|Brightwater Dental Practice",
             "UK|Carrow Accountancy LLP", "UK|Pennine Engineering Ltd", "INT|Alpenblick Trading AG",
             "INT|Novacore Pharma GmbH", "INT|Lakeside International School", "INT|Meridian Shipping SA",
             "INT|Helvetic Biotech AG", "INT|Rheinpark Consulting GmbH", "INT|Tessin Medical Group SA",
             "INT|Globex Facilities Sàrl", "Vantage Property Services", "Oakridge Architects"]
ROLES = ["Office Manager", "IT Administrator", "Head of Finance", "Accounts Payable", "IT Support",
         "Practice Manager", "Operations Manager", "Finance Assistant", "System Administrator", "CFO",
         "Managing Director", "Facility & IT", "Team Lead Accounting", "IT Coordinator"]
CITIES = ["UK|Leeds", "UK|Bristol", "UK|Manchester", "UK|Norwich", "UK|Reading", "INT|Zug", "INT|Basel",
          "INT|Geneva", "INT|Frankfurt am Main", "INT|Lugano", "INT|Munich", "INT|Lausanne", "INT|Zurich"]


def _region_pick(r, m, entries):
    ok = [e.split("|", 1)[1] for e in entries if "|" in e and m.region in e.split("|", 1)[0].split(",")]
    ok += [e for e in entries if "|" not in e]
    return r.choice(ok)


def _phone(r, m):
    if m.region == "UK":
        return r.choice(["0113 ", "0117 ", "0161 ", "+44 1603 ", "+44 118 "]) + f"{r.randint(200, 999)} {r.randint(1000, 9999)}"
    return r.choice(["+41 41 ", "+41 61 ", "+41 22 ", "+49 69 ", "+41 91 ", "+49 89 "]) + f"{r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"


def _amount(r, m):
    v = r.choice([89, 129, 240, 349, 480, 612, 890, 1180, 1240, 1490, 2360, 3120])
    cur = r.choice(["EUR", "CHF", "€", "GBP"]) if m.region == "INT" else r.choice(["GBP", "£", "EUR"])
    return f"{cur} {v:,}.00" if cur not in ("€", "£") else f"{cur}{v:,}.00"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _date(r, m):
    d, mo = r.randint(1, 28), r.choice(MONTHS)
    return r.choice([f"{d} {mo}", f"{mo} {d}", f"{d}/{r.randint(1, 12)}", f"{d}.{r.randint(1, 12)}.2024", f"{mo} {d}th"])


def _email(r, m):
    dom = "".join(ch for ch in m.value("company").split()[0].lower() if ch.isalnum())
    return f"{m.value('first')[0].lower()}.{m.value('last').lower()}@{dom}.{'co.uk' if m.region == 'UK' else r.choice(['ch', 'com', 'de'])}"


SLOTS = {
    "first": lambda r, m: r.choice(FIRST), "last": lambda r, m: r.choice(LAST),
    "first2": lambda r, m: r.choice([f for f in FIRST if f != m.value("first")]),
    "last2": lambda r, m: r.choice([x for x in LAST if x != m.value("last")]),
    "company": lambda r, m: _region_pick(r, m, COMPANIES), "role": lambda r, m: r.choice(ROLES),
    "city": lambda r, m: _region_pick(r, m, CITIES), "phone": _phone, "amount": _amount, "date": _date,
    "month": lambda r, m: r.choice(MONTHS), "email": _email,
    "day": lambda r, m: r.choice(["yesterday", "this morning", "on Monday", "last Friday", "since Tuesday", "today", "last week"]),
    "doctype": lambda r, m: r.choice(["supplier invoices", "delivery notes", "credit notes", "payslips", "contracts", "purchase orders", "receipts", "insurance letters"]),
}


def prepare(mail):
    pass


def finish(mail, text):
    return text


GREET_FORMAL = ["Dear Sir or Madam,", "Dear Papyra Support,", "Dear support team,", "Good morning,", "Good afternoon,",
                "Hello,", "Dear all,", "To whom it may concern,", "Dear Papyra team,", "INT|Dear Sirs,", "INT|Good day,"]
GREET_INFORMAL = ["Hi,", "Hi there,", "Hello,", "Hi team,", "Hi all,", "Hey,", "Morning,", "Hello support,", "Hi folks,", "Hi guys,"]
CLOSE_FORMAL = ["Kind regards,", "Best regards,", "Regards,", "Yours faithfully,", "Many thanks and kind regards,",
                "With kind regards,", "Thank you in advance.\nBest regards,", "INT|Best regards and thanks,", "INT|With best regards,", "Sincerely,"]
CLOSE_INFORMAL = ["Cheers,", "Thanks,", "Thanks!", "Best,", "Many thanks,", "Ta,", "Thanks a lot,", "BR", "Cheers", "Thanks in advance,"]
SIGNATURES = [
    "{first} {last}\n{role}\n{company}\nT {phone}",
    "{first} {last}\n{company}",
    "{first}",
    "{first} {last}\n{role} | {company}\n{city}\nPhone: {phone}\n{email}",
    "{first} {last} | {role}\n{company} | {city}",
    "{first} {last}\n\n{company}\n{role}\nDirect: {phone}\n\nThis e-mail and any attachments are confidential. If you have received it in error, please notify the sender and delete it.",
    "--\n{first} {last}\n{role}\n{company}, {city}",
    "{first}\n\nSent from my iPhone",
    "{first} {last}\n{email}\n{phone}",
]
OPENERS = [
    "We have been using Papyra for about {years} years now and are generally happy with it.",
    "I am the person looking after IT in our office, so please bear with me as I am not an expert.",
    "I'm writing on behalf of our accounts department.",
    "Quick question from our side.",
    "I hope you can help me with the following.",
    "We are a small {company_kind} with {n} people working with Papyra.",
    "I've taken over the Papyra administration from a colleague who left the company.",
    "INT|Please excuse my English, it is not my first language.",
    "INT|I write in English because our team is international.",
    "Our IT partner suggested I contact you directly.",
    "Sorry to bother you again.",
    "I tried to find this on your website first, but without success.",
]
CONTEXT = [
    "We are on Papyra Desktop {ver} on {win}.",
    "Version: Papyra Desktop {ver}, {win}.",
    "We have {seats} licences.",
    "Our customer number is {cust}.",
    "The server runs on {winsrv}.",
    "We use {acct} for our bookkeeping.",
    "Our archive contains roughly {docs} documents.",
    "We are running Papyra {ver} with {sql} on the server.",
    "(Papyra {ver}, {win}, scanner {scanner})",
    "About {n} users work with Papyra every day.",
    "We bought Papyra through a reseller in {year_text}.",
]
FAULT_CONTEXT = [
    "I already restarted the PC and the server, no change.",
    "Screenshot attached.",
    "It started {day}, before that everything was fine.",
    "L2,L3|The problem happens on all workstations, not just one.",
    "L2,L3|Only one PC is affected, the others work normally.",
    "Nothing was changed on our side as far as I know.",
    "I have attached the log file from the Papyra folder.",
    "L2,L3|We reinstalled once already, it did not help.",
    "It happens every time, I can reproduce it.",
    "It doesn't happen every time, maybe one in five.",
]
RAMBLE = [
    "L2,L3,L4|Let me explain the whole story, because I think it matters. Two weeks ago our IT partner replaced the old server and moved everything over during a weekend. On Monday everything seemed fine, people were scanning and filing as usual. Then on Wednesday the first colleague came to me saying something was odd, and since then it has got worse every day. The IT partner says the server is fine and points at you, and honestly I am stuck in the middle and don't know whom to believe. I'd really appreciate it if someone could take a proper look rather than sending me a link to the FAQ.",
    "L0,L1|A bit of background: we're a small team and nobody here is really an IT person, so I end up doing these things next to my normal job in accounting. I did look through the help pages before writing, but honestly I got a bit lost between the different versions of the documentation, and some screenshots don't match what I see on my screen. I'm sure the answer is simple, so sorry in advance if this is a silly question.",
    "To give you a bit of background: we moved offices in spring and since then we've had a few IT issues in general, so I can't rule out that something else is involved. Our previous IT guy set everything up and unfortunately left no documentation.",
    "L2,L3,L4|I have to say that we are quite dependent on Papyra, our whole accounts payable process runs through it, and my colleagues are asking me every hour whether it works again.",
    "I called your hotline earlier but was told to send an email, so here it is. I hope someone reads this soon.",
    "We also spoke to our reseller, but they said this is something only you can answer.",
    "L2,L3,L4|Honestly we've been very happy with the product so far, which is why this is so frustrating right now.",
    "I looked through the forum and the knowledge base and found a few similar posts, but none of them seemed to match our setup exactly.",
]
URGENT = [
    "This is urgent as our month-end closing is on Friday.",
    "URGENT please, our auditors are coming next week.",
    "Please treat this with priority.",
    "It's not super urgent, but we'd like to sort it out this week.",
    "Our finance team is blocked, so a quick answer would be much appreciated!!",
]
SIDE_NOTES = [
    "PS: on a different note, we still haven't received the invoice for the last quarter.",
    "Also, unrelated: could you update our contact person to me? My colleague has left.",
    "By the way, is there a newer version of the manual? The one I have is for version 5.",
    "One more small thing: the search feels slow sometimes, but that's not important right now.",
    "Side question: can we get a training for new staff at some point?",
    "PS: the portal login page looked strange yesterday, but it works again now.",
]
ASK_FAULT = [
    "Could someone call me back on {phone}?",
    "Can we do a remote session? I'm available all afternoon.",
    "Please let me know what information you need from us.",
    "Can you please look into this as soon as possible?",
    "Could a technician contact me, please?",
    "Please advise how to proceed.",
    "L2,L3,L4|I can send more logs if needed.",
]
ASK_ANY = [
    "Thanks in advance for your help.",
    "Thank you for a short reply.",
    "Looking forward to hearing from you.",
    "Any help is appreciated.",
    "Thanks!",
    "Many thanks.",
    "INT|Thank you for your feedback.",
    "INT|I am looking forward for your answer.",
]
GENERIC_SUBJECTS = ["Problem", "Question", "Help", "help please", "Papyra", "Support request", "urgent!!", "Request",
                    "Quick question", "issue", "Papyra question", "Support", "Question regarding Papyra",
                    "Re: your mail", "Follow-up", "Query", "{company}", "Request from {company}", "Ticket", "URGENT", "?"]
SUBJECT_PREFIXES = ["RE: ", "Re: ", "FW: ", "Fwd: ", "[External] "]
FORWARD_PREFIX = ["FW: ", "Fwd: ", "Fw: "]
FORWARD_TOP = [
    "See below, from our accountant. Can you help?",
    "Forwarding this from my colleague, she has the details. Please reply to me.",
    "Please see the message below from our finance team.",
    "FYI - see below. Could you take care of this?",
    "See the email from {first2} below. What do we do?",
    "Forwarding as discussed on the phone.",
]
FORWARD_HEADER = "-----Original Message-----\nFrom: {first2} {last2}\nSent: {date} {wd_time}\nTo: {first} {last}\nSubject: @@SUBJECT@@"
SLOTS.update({
    "company_kind": lambda r, m: r.choice(["accounting firm", "dental practice", "logistics company", "engineering office", "property management company", "school", "law firm"]),
    "year_text": lambda r, m: r.choice(["2019", "2020", "2021", "2022", "2018"]),
    "wd_time": lambda r, m: f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}",
})

SCENARIOS = r"""
# ============================================================ LEVEL 0
@ 0 account_access
S: two-factor login
S: Question about 2FA
B: {Is it possible|Can we} {to |}enable two-factor authentication for our Papyra users? If so, {where do I find the setting|how is it done}? I couldn't find it in the options menu.
Q: how do I turn on 2FA for my user?
@ 0 account_access
S: Creating a new user
B: We have a new colleague starting on {date}. How do I create a user for her in Papyra Desktop? {I am the admin on our side.|I have admin rights.} Is there a guide somewhere?
Q: How do I add a new user in Papyra? I'm the admin.
@ 0 account_access
S: password rules
B: Our IT policy requires passwords with at least 12 characters. What password rules does Papyra {enforce|use} by default and can they be changed? {Just need the info for our documentation.|Our auditor asked.}
@ 0 account_access
S: Windows login with Papyra?
B: Can Papyra use our Windows/Active Directory login so that users don't need a separate password? {I read something about this but can't find it any more.|Is that documented somewhere?}
@ 0 account_access
S: change my password
B: How can I change my own password in Papyra Desktop? I only find the option for the admin.
Q: where do i change my password in papyra?
@ 0 account_access
S: employee leaving
B: One of our employees is leaving at the end of the month. What is the correct way to deactivate his Papyra user without losing the documents he filed? {I don't want to delete anything by mistake.|}
@ 0 account_access
S: read-only rights
B: Is it possible to give an external auditor read-only access to only one folder (e.g. "Invoices {yr}")? How would I set that up?
@ 0 account_access
S: authenticator app
B: Which authenticator apps work with the Papyra two-factor login? {Our staff use Microsoft Authenticator.|Some of us have Google Authenticator, others Authy.}
@ 0 account_access
S: user roles explained
B: What exactly is the difference between the roles "Editor" and "Clerk" in the user management? {The help text is a bit short.|I want to set up permissions properly.}
# ---
@ 0 licensing_billing
S: Standard vs Professional
B: What is the difference between Papyra Standard and Papyra Professional? We are thinking about upgrading but I'd like to understand {what we would get|which features are only in Professional}.
@ 0 licensing_billing
S: licence per user or per PC?
B: Is a Papyra seat counted per named user or per PC? {We have a few people who share one PC at reception.|Some of our staff work on two computers.}
@ 0 licensing_billing
S: REST API included?
B: Is the REST API included in the Standard edition or do we need an extra licence for it?
@ 0 licensing_billing
S: where is my licence key
B: Where can I see our licence key and the expiry date in the program? {Our IT partner is asking for it.|I need it for our asset list.}
Q: Where do I see the licence key in Papyra?
@ 0 licensing_billing
S: payment methods
B: Which payment methods do you accept for the subscription? {Can we pay by credit card instead of invoice?|Is direct debit possible?}
@ 0 licensing_billing
S: what if subscription ends
B: What happens to our archive if we do not renew the subscription? Can we still open the documents {in read-only mode|}? I'd like to know before we decide on the budget.
@ 0 licensing_billing
S: home office
B: Are we allowed to install Papyra on a laptop for home office with the same seat, or does that count as a second licence?
@ 0 licensing_billing
S: price list
B: Is there a current price list for additional seats and modules somewhere on your website? {I only found the one from 2022.|}
# ---
@ 0 installation_updates
S: system requirements 7.x
B: What are the system requirements for Papyra Desktop {newver}? We are buying new PCs and want to make sure {8 GB RAM is enough|they are fast enough}.
Q: system requirements for version {newver}?
@ 0 installation_updates
S: Windows 11 24H2 support
B: Is Papyra {ver} officially supported on Windows 11 24H2? We plan to roll out the update {next month|in the summer}.
@ 0 installation_updates
S: release notes
B: Where can I find the release notes for {newver}? I'd like to know what changed before we update from {oldver}.
@ 0 installation_updates
S: skipping versions
B: Can we update directly from {oldver} to {newver}, or do we have to install the versions in between?
@ 0 installation_updates
S: new PC
B: We are replacing our main PC next week. Is there a guide how to move Papyra (including the local settings) to the new computer?
@ 0 installation_updates
S: silent install
B: Are there command line parameters for a silent installation of the desktop client? I want to deploy it via {Intune|our software deployment|a GPO} to {n2} PCs.
@ 0 installation_updates
S: update order
B: When we update, do we have to update the server first and then the clients, or the other way round?
@ 0 installation_updates
S: Mac?
B: Is there a version of Papyra for macOS? {Two of our designers only have MacBooks.|Our new manager uses a Mac.}
@ 0 installation_updates
S: ARM laptops
B: Does Papyra Desktop run on the new Windows laptops with ARM processors (Snapdragon)? We're evaluating {a Surface Pro|new notebooks}.
# ---
@ 0 documents_recognition
S: OCR language
B: Where do I set the OCR language? Most of our invoices are in {French|Italian|German} and the text search doesn't find {some words|words with accents}.
Q: where can i change the OCR language?
@ 0 documents_recognition
S: which scanners
B: We want to buy a new document scanner. Which models are supported by Papyra? Is there a list? {We were looking at the {scanner}.|}
@ 0 documents_recognition
S: separator sheets
B: How do I use barcode separator sheets to split a batch scan into single documents? {Is there a template to print?|}
@ 0 documents_recognition
S: QR-bill
B: Does Papyra read the Swiss QR-bill automatically, or do I have to activate something? {We receive more and more of them.|}
@ 0 documents_recognition
S: file formats
B: Which file formats can be imported into the archive? We have old scans as {TIFF|JPG} and some {Word files|emails (.msg)}.
@ 0 documents_recognition
S: default resolution
B: How can I change the default scan resolution to 300 dpi? {Right now it is 200 and the OCR is not great.|}
@ 0 documents_recognition
S: searchable PDF
B: Is it possible to save the scans as searchable PDF (PDF/A) so that {our tax advisor|others} can search them outside Papyra?
@ 0 documents_recognition
S: blank pages
B: Can Papyra remove blank pages automatically when we scan duplex? Where is that option?
@ 0 documents_recognition
S: document types
B: Which document types does Papyra recognise out of the box? We mainly have {doctype} and I wonder if we need to set anything up.
# ---
@ 0 integrations
S: accounting software
B: Which accounting programs can Papyra export to? We are {switching to|evaluating} {acct}.
Q: Does Papyra work with {acct}?
@ 0 integrations
S: API documentation
B: Where can I find the documentation for the REST API? Our developer {wants to|would like to} build a small connection to our ERP.
@ 0 integrations
S: CSV fields
B: Is there a description of the fields in the CSV export? I need to know what the columns mean {for our Excel evaluation|}.
@ 0 integrations
S: import from mailbox
B: Can Papyra import invoices directly from an email inbox (PDF attachments)? If yes, where is this described?
@ 0 integrations
S: DATEV export guide
B: Is there a step-by-step guide for setting up the DATEV export? {Our tax advisor uses DATEV.|}
@ 0 integrations
S: script examples
B: Are there example scripts for the scripting engine somewhere? I'd like to {understand how it works|look at an example} before writing my own.
@ 0 integrations
S: automatic export
B: Can the export to {acct} run automatically every night, or does someone always have to start it manually?
@ 0 integrations
S: API limits
B: Does the REST API have any rate limits we should be aware of? We plan to upload about {docs} documents once.
# ---
@ 0 database_storage
S: what to back up
B: Which folders and databases do we need to include in our backup so that Papyra can be fully restored? {Our backup software is Veeam.|}
@ 0 database_storage
S: SQLite or SQL Server?
B: We are growing to about {n2} users. Is the built-in SQLite database still fine, or do you recommend SQL Server from a certain size?
@ 0 database_storage
S: disk space
B: Roughly how much disk space do we need per 1,000 scanned pages? We need to plan {a new server|our storage}.
@ 0 database_storage
S: retention / legal
B: Does Papyra meet the legal requirements for archiving {(GoBD)|(10 years retention)}? Is there a document we can show our auditor?
@ 0 database_storage
S: archive check
B: How do I run the archive consistency check, and can it be scheduled?
@ 0 database_storage
S: restore one document
B: Is it possible to restore a single deleted document from a backup, or only the whole archive? Where is that described?
@ 0 database_storage
S: recycle bin
B: Is there a recycle bin in Papyra? How long do deleted documents stay there?
# ---
@ 0 security_network
S: ports
B: Which ports need to be open between the Papyra clients and the server? {Our firewall admin wants a list.|}
Q: what ports does papyra use?
@ 0 security_network
S: antivirus exclusions
B: Which folders and processes should we exclude in our antivirus ({av})? Is there a recommendation?
@ 0 security_network
S: TLS
B: Which TLS versions does the Papyra server support, and can we use our own certificate?
@ 0 security_network
S: proxy settings
B: Where do I enter our proxy server in Papyra? {The licence check needs internet access I think.|}
@ 0 security_network
S: encryption
B: Are the documents in the archive stored encrypted? Our data protection officer is asking.
@ 0 security_network
S: internet access needed?
B: Does Papyra need a permanent internet connection? We have an isolated network in {the lab|our production area}.
@ 0 security_network
S: GDPR
B: Do you have a security whitepaper or information about data protection (GDPR) that we can pass on to our DPO?
# ---
@ 0 third_party_infrastructure
S: Citrix supported?
B: Is Papyra supported on Citrix / Remote Desktop Services? {We are planning to move our users to a terminal server.|}
@ 0 third_party_infrastructure
S: NAS as store
B: Can we put the document store on a {nasbrand} NAS, or does it have to be on the Windows server?
@ 0 third_party_infrastructure
S: scanning from MFP
B: Can we scan from our {mfp} directly into Papyra? How is that usually set up?
@ 0 third_party_infrastructure
S: virtual machine
B: Is it supported to run the Papyra server in a virtual machine on {hyper}?
@ 0 third_party_infrastructure
S: cloud VM
B: Can we host the Papyra server on an Azure VM instead of our own hardware? Is that supported?
@ 0 third_party_infrastructure
S: certified MFPs
B: Is there a list of multifunction printers that work well with Papyra? We have to replace our old {mfpbrand}.
# ---
@ 0 howto_usage
S: full-text search
B: How can I search for a word inside the documents (not only the title)? {When I type an invoice number I find nothing.|}
Q: how do I search inside documents?
@ 0 howto_usage
S: merging documents
B: How do I merge two documents into one? {Someone scanned page 2 of a contract separately.|Our reception scanned a letter in two parts.}
@ 0 howto_usage
S: split PDF
B: Is there a way to split one PDF into several documents in Papyra? {We got a batch of invoices as one big file.|}
@ 0 howto_usage
S: stamps
B: Can I put a stamp like "paid" or "approved" on an invoice in Papyra? How?
@ 0 howto_usage
S: shortcuts
B: Is there a list of keyboard shortcuts? {I work with Papyra all day and would like to be faster.|}
@ 0 howto_usage
S: manual
B: Where can I download the user manual {as PDF|} for version {ver}? {The link in the help menu doesn't open anything.|}
Q: Where is the manual?
@ 0 howto_usage
S: interface language
B: How can I switch the user interface to English? {Papyra is in German on my PC.|My colleagues use it in French, but I prefer English.}
@ 0 howto_usage
S: new archive
B: How do I create a new archive for our second company? {We just founded a subsidiary.|}
@ 0 howto_usage
S: send by email
B: Can I send a document from Papyra directly by email {with {outlook}|}? I only see "Export".
@ 0 howto_usage
S: saved searches
B: Is it possible to save a search so I don't have to enter the filters every time? {For example all unpaid invoices from one supplier.|}
@ 0 howto_usage
S: date format
B: The list view shows dates as MM/DD/YYYY. How can I change it to DD.MM.YYYY?
@ 0 howto_usage
S: videos
B: Do you have training videos or webinar recordings for new users? {We have two new people in accounting.|}
@ 0 howto_usage
S: custom fields
B: How do I add my own field (e.g. "cost centre") to a document type? {Is that possible without scripting?|}
@ 0 howto_usage
S: print several
B: How can I print several documents at once? At the moment I open every single one.
@ 0 howto_usage
S: dark mode
B: is there a dark mode in Papyra? {my eyes hurt in the evening|just curious}
# ============================================================ LEVEL 1
@ 1 account_access
S: password reset portal
S: can't log into customer portal
B: I tried to reset my password for the customer portal but the reset email never arrives (also not in spam). My login is {email}. Can you <please reset it manually~reset it for me>?
Q: Reset email for the portal doesn't arrive, can you reset my password? Login {email}
@ 1 account_access
S: portal admin
B: Our former IT manager {first2} {last2} was the admin of our customer portal account. He has left the company. Could you please make me the admin instead?
@ 1 account_access
S: change email address
B: Please change the email address of our portal account from {first2}.{last2}@... to {email}. {The old mailbox will be deleted.|}
@ 1 account_access
S: add user to portal
B: Could you please add my colleague {first2} {last2} to our customer portal so that she can download invoices? Customer no. {cust}.
@ 1 account_access
S: account locked
B: I entered my password wrong too many times and now the portal says my account is locked. Can you unlock it please?
Q: portal account locked, please unlock. {email}
@ 1 account_access
S: lost phone 2FA
B: I lost my phone with the authenticator app and can no longer log in to the customer portal. Can you reset the two-factor authentication for my account ({email})?
@ 1 account_access
S: new address
B: We moved. Please update our company address in your system to: {street_en}. Customer number {cust}.
@ 1 account_access
S: remove access
B: Please remove portal access for {first2} {last2}, who left us on {date}.
@ 1 account_access
S: company name changed
B: After the merger our company is now called {company}. Could you please update the name in our customer account and on future invoices?
@ 1 account_access
S: second admin
B: Is it possible to have a second administrator on our portal account? If yes please add {first2} {last2}.
# ---
@ 1 licensing_billing
S: Re: your invoice {inv}
S: invoice question
B: On invoice {inv} we are charged for {n2} seats, but we only have {seats} licences. Could you please check and send a corrected invoice?
Q: Invoice {inv} has the wrong number of seats. Please correct.
@ 1 licensing_billing
S: wrong invoice address
B: The invoice {inv} was issued to our old address. Can you please reissue it with the new address? {Our accounting can't book it otherwise.|}
@ 1 licensing_billing
S: renewal quote
B: Our subscription expires on {date}. Could you send us a quote for the renewal for {seats} seats?
@ 1 licensing_billing
S: additional seats
B: We need {n} more seats for new employees. Please send us an offer {or just add them and invoice us|}.
Q: We need {n} more licences, please send an offer.
@ 1 licensing_billing
S: upgrade to Professional
B: We would like to upgrade from Standard to Professional. What do we need to do and what will it cost for the remaining term?
@ 1 licensing_billing
S: cancellation
B: We would like to reduce our subscription from {n2} to {seats} seats at the next renewal. Please confirm.
@ 1 licensing_billing
S: paid twice
B: We accidentally paid invoice {inv} twice ({amount}). Could you please refund the second payment to our account?
@ 1 licensing_billing
S: move licence
B: We replaced a PC and the old one no longer exists. Can you release the licence from the old machine so that we can activate it on the new one?
@ 1 licensing_billing
S: Reminder?
B: We received a payment reminder for invoice {inv}, but we paid it on {date}. Can you please check? {Proof of payment is attached.|}
@ 1 licensing_billing
S: invoice copy
B: Could you send me a copy of the invoice for {month}? I can't find it in the portal.
Q: Please send a copy of our {month} invoice.
@ 1 licensing_billing
S: VAT number missing
B: Our VAT number is missing on the last invoice. Please add it and send a new one: {vat}.
@ 1 licensing_billing
S: licence key lost
B: We can't find our licence key anymore (reinstalled the server). Could you send it to us again? Customer no. {cust}.
@ 1 licensing_billing
S: payment by card
B: From now on we'd like to pay by credit card instead of invoice. How can we change that?
@ 1 licensing_billing
S: renewal not received
B: Our licence expires in {n} days and we haven't received the renewal invoice yet. Can you send it please so that nothing stops working?
# ---
@ 1 installation_updates
S: download link
B: Could you please send me the download link for the current version of Papyra Desktop? {We are on {oldver}.|}
Q: download link for latest version please
@ 1 installation_updates
S: older version
B: We need the installer for version {oldver} because {our scanner driver|a customer-specific plugin} does not work with the newer one yet. Can you send us a link?
@ 1 installation_updates
S: update included?
B: Is the update to {newver} included in our subscription? If yes, please send us the link and the new licence file if one is needed.
@ 1 installation_updates
S: link expired
B: The download link you sent us last week has expired before we could install. Could you send a new one?
@ 1 installation_updates
S: offline installer
B: Our server has no internet access. Is there an offline installer for {newver} you could send us?
@ 1 installation_updates
S: MSI
B: Could you provide the MSI package of the desktop client? Our IT provider needs it for deployment.
@ 1 installation_updates
S: upgrade from 5
B: We are still on Papyra {oldver}. Does our contract cover the upgrade to version 7? If so, please send the download details.
@ 1 installation_updates
S: appointment for update
B: We would like to book an appointment with one of your technicians for the update to {newver} on our server. What dates are available?
# ---
@ 1 documents_recognition
S: QR module
B: We purchased the QR-bill module last week (order {inv}), but it's not active in our licence yet. Could you activate it?
@ 1 documents_recognition
S: separator sheets
B: Could you send us the barcode separator sheets as PDF? {We lost the ones from the installation.|}
@ 1 documents_recognition
S: OCR language pack
B: We'd like to order the additional OCR language pack for {Italian|Polish|Portuguese}. Please send an offer.
@ 1 documents_recognition
S: training of document types
B: We would like to have {n} new document types set up by your team ({doctype}). Can you send us a quote for this service?
@ 1 documents_recognition
S: template pack
B: Could you send me the list of supplier templates contained in the "Invoice Pack Switzerland"? {Our boss wants to decide whether to buy it.|}
# ---
@ 1 integrations
S: DATEV module
B: Please activate the DATEV export module for our licence (customer no. {cust}). We signed the order form {day}.
@ 1 integrations
S: API credentials
B: We need client credentials (API key) for the REST API for our developer. How do we get them?
@ 1 integrations
S: sandbox access
B: Could you give us access to the developer sandbox? {Our partner {company} is building an interface for us.|}
@ 1 integrations
S: XML schema
B: Our {acct} partner asks for the XML schema of the Papyra export. Could you send it to us?
@ 1 integrations
S: price connector
B: What does the {acct} connector cost per year? Please send me an offer for {seats} users.
# ---
@ 1 database_storage
S: backup tool
B: Please send me the download link for the Papyra backup & restore tool. {I can't find it in the portal.|}
@ 1 database_storage
S: migration service
B: We would like to switch from the built-in database to SQL Server. Do you offer this migration as a service? Please send a quote.
@ 1 database_storage
S: cloud storage
B: Our cloud archive storage is almost full ({pct} GB left). How can we book more storage?
@ 1 database_storage
S: data export after termination
B: We are terminating our contract. Please tell us how we receive a full export of our archive.
@ 1 database_storage
S: certificate for auditors
B: Our auditor asks for a confirmation that the Papyra archive is audit-proof. Could you send us {the certificate|a written confirmation}?
# ---
@ 1 security_network
S: IP addresses for firewall
B: Could you send us the host names and IP addresses of your licence and update servers? We need to whitelist them in our firewall.
@ 1 security_network
S: file hashes
B: Our IT wants to whitelist Papyra in AppLocker. Can you send us the code signing certificate details or the file hashes for version {ver}?
@ 1 security_network
S: DPA
B: Please send us your data processing agreement (DPA) for signature.
@ 1 security_network
S: security questionnaire
B: Our IT security department asked me to send you the attached questionnaire. Could you fill it in and return it by {date}?
@ 1 security_network
S: pentest
B: We are planning a penetration test of our network including the Papyra server next month. Do we need your permission or do you want to be informed?
# ---
@ 1 third_party_infrastructure
S: list of MFPs
B: Our procurement department needs the list of multifunction printers certified for Papyra. Could you send it to us?
@ 1 third_party_infrastructure
S: scanner offer
B: Can we buy a {scanner} through you? Please send a quote for {n} units including delivery.
@ 1 third_party_infrastructure
S: contract Citrix
B: Does our support contract include help with our Citrix environment, or do we need an additional agreement? Please send us the conditions.
@ 1 third_party_infrastructure
S: NAS support contract
B: Please tell us whether your support covers our {nas}. If not, can you recommend a partner?
@ 1 third_party_infrastructure
S: on-site appointment
B: We'd like to book a technician on site to connect our new {mfp} to Papyra. When would that be possible and what does it cost?
# ---
@ 1 howto_usage
S: Re: your answer
S: article didn't help
B: Thanks for the link to the knowledge base article about {saved searches|document stamps|merging documents}, but it didn't help, the menu looks different in our version ({ver}). Can someone explain it to me?
@ 1 howto_usage
S: webinar registration
B: I'd like to register {n} people for the next beginners' webinar. {Names: {first2} {last2} and me.|}
@ 1 howto_usage
S: manual in Italian
B: Could you send us the user manual in Italian? {Our branch in Lugano needs it.|} I only found German and English.
@ 1 howto_usage
S: onboarding
B: We have a new employee in accounting. Can we book a one-hour online introduction to Papyra for her?
@ 1 howto_usage
S: consulting day
B: We'd like a consultant to help us restructure our folders and document types. Please send a quote for a consulting day.
@ 1 howto_usage
S: still no answer
B: I asked last week how to {set default values for fields|change the column layout} and you sent me to the FAQ. I tried it but it didn't work as described. Could someone help me?
# ============================================================ LEVEL 2
@ 2 account_access
S: login failed after domain change
B: Since we renamed our domain, {n} of our users can't log in to Papyra anymore. The message is "Login failed: user not found in directory". The other users work fine.
@ 2 account_access
S: permissions not working
B: I added {first2} to the group "Accounting", but she still can't see the invoices folder. I have logged her out and in again. {Other members of the group see it.|}
@ 2 account_access
S: 2FA codes rejected
B: The two-factor codes from the authenticator app are rejected in Papyra Desktop ("Invalid code"). {It started {day}.|} The same codes work for the portal.
@ 2 account_access
S: logged out all the time
B: Our users are logged out of Papyra every few minutes and have to log in again. {It's driving everyone mad.|} Server is {winsrv}.
@ 2 account_access
S: access denied after migration
B: After moving Papyra to the new server all users get "Access denied" when they open any folder, including the admin. The rights look correct in the user management.
@ 2 account_access
S: windows login asks password
B: We use Windows authentication, but Papyra keeps asking for the password every time it starts. {It used to log in automatically.|}
# ---
@ 2 licensing_billing
S: activation fails
B: I am trying to activate our licence on the new PC, but I get "Licence could not be activated ({code})". The key is correct, I copied it from the portal.
@ 2 licensing_billing
S: no free seat
B: Users get the message "No free licence available" although only {n} of our {seats} seats are in use. {Closing Papyra on all PCs didn't help.|}
@ 2 licensing_billing
S: still expired after renewal
B: We renewed and paid the subscription, but Papyra still shows "Licence expired" on all clients. I imported the new licence file as described.
@ 2 licensing_billing
S: offline activation
B: The offline activation file is not accepted: "Invalid activation response". Our server has no internet so I did it from another PC.
@ 2 licensing_billing
S: licence server unreachable
B: Clients show "Licence service not reachable" since {day}. The server is running and I can ping it.
# ---
@ 2 installation_updates
S: installation error 1603
S: setup fails
B: The installation of Papyra Desktop {newver} fails with "Error {msi}: A fatal error occurred during installation." {I'm local admin.|I ran it as administrator.} {win}.
Q: Installer fails with error {msi}, {win}. Help?
@ 2 installation_updates
S: update aborted
B: The update from {oldver} to {newver} stopped with the message "The database migration could not be completed. The previous version will be restored." Papyra still runs on the old version.
@ 2 installation_updates
S: .NET missing
B: The setup hangs at "Installing prerequisites" and after a while says that the .NET Desktop Runtime could not be installed. {Our PCs have no direct internet access.|}
@ 2 installation_updates
S: version mismatch
B: After updating the server to {newver}, the clients say "Client version {oldver} is not compatible with server version {newver}" and the automatic client update doesn't start.
@ 2 installation_updates
S: another installation in progress
B: Setup says "Another installation is already in progress" ({msi}) even after a reboot. {I can't find any other installer running.|}
@ 2 installation_updates
S: moved to new PC
B: I moved Papyra to a new PC following your guide, but the archive is empty on the new machine. The database file is there ({n2} GB).
@ 2 installation_updates
S: GPO deployment
B: Deployment of the client via GPO fails on about half of the PCs. Event log says "Installation of Papyra Desktop failed with error code {msi}".
@ 2 installation_updates
S: stuck at 87%
B: The update is stuck at {pct}% for more than an hour now. {Should I kill it?|} Nothing happens.
@ 2 installation_updates
S: can't uninstall
B: I can't uninstall the old version: "The feature you are trying to use is on a network resource that is unavailable." Therefore I can't install {newver} either.
@ 2 installation_updates
S: Papyra doesn't start after Windows update
B: After the latest Windows updates Papyra won't start on {n} PCs, the message is "Component 'PapyraViewer.ocx' or one of its dependencies not correctly registered".
# ---
@ 2 documents_recognition
S: scanner not found
S: scanning not possible
B: Papyra doesn't find our {scanner} anymore. In the scan dialog the list of sources is empty {("No TWAIN source found")|}. The scanner works with the manufacturer's tool.
Q: scanner not detected in Papyra ({scanner}), works elsewhere
@ 2 documents_recognition
S: OCR reads amounts wrong
B: The recognition reads the total amount wrong on many invoices, e.g. 1,250.00 becomes 125000 or 7 becomes 1. {It used to be better.|} We scan at {res} dpi.
@ 2 documents_recognition
S: new invoice layout
B: One of our main suppliers changed their invoice layout and now Papyra doesn't recognise {the invoice number and date|any of the fields} anymore. Can you help us teach it the new layout?
@ 2 documents_recognition
S: QR-bill not read
B: Some QR-bills are not recognised, the payment details stay empty. {It seems to affect invoices from {n} suppliers.|} Others work fine.
@ 2 documents_recognition
S: separator not working
B: The barcode separator sheets are ignored, we get one big document with all {pages} pages instead of separate documents.
@ 2 documents_recognition
S: only first page scanned
B: When scanning from the feeder only the first page is scanned, then Papyra says "Scan completed". {The scanner is a {scanner}.|}
@ 2 documents_recognition
S: black pages
B: Since {day} all scanned pages are {black|upside down|very dark}. {I cleaned the scanner already.|} Scans in other programs look normal.
@ 2 documents_recognition
S: wrong supplier
B: Papyra assigns invoices from "{company}" to a different supplier with a similar name. We have to correct it by hand every time.
@ 2 documents_recognition
S: device busy
B: We get "The device is busy or not ready (WIA error {hex})" when we start a scan. After a reboot it works once, then again the error.
@ 2 documents_recognition
S: everything classified as Other
B: Since last week all documents are classified as document type "Other" instead of invoice/delivery note. {We did not change the settings.|}
@ 2 documents_recognition
S: new document type payslips
B: We want Papyra to recognise {doctype} as their own document type, with name and date extracted. Could a technician help us set this up?
@ 2 documents_recognition
S: bad OCR with accents
B: The text recognition is very poor for French documents, almost every word with an accent is wrong. OCR language is set to French. {Sample attached.|}
# ---
@ 2 integrations
S: wrong VAT codes in export
S: export to {acct}
B: The export to {acct} puts the wrong VAT code on invoices with {8.1|2.6|7.7}% VAT, so our bookkeeper has to correct every booking. {Other rates are fine.|}
@ 2 integrations
S: credit notes exported as invoices
B: Credit notes are exported to {acct} with a positive amount, so they are booked like invoices. {It is a mess in our accounts.|}
@ 2 integrations
S: duplicates in {acct}
B: Some documents arrive twice in {acct} after the export. {It happened with {n} documents last week.|}
@ 2 integrations
S: broken umlauts in CSV
B: In the CSV export all umlauts and accents are broken (e.g. "MÃ¼ller" instead of "Müller"). {We open the file in Excel.|}
@ 2 integrations
S: date format in export
B: The export writes the date as 2024-03-05 but {acct} expects 05.03.2024, so the import fails. Where can I change that?
@ 2 integrations
S: document link missing in SAP
B: The export to SAP Business One works, but the link to the PDF is missing in the booking, so nobody can open the document from SAP.
@ 2 integrations
S: cost centre empty
B: The cost centre we assign in Papyra is always empty after the export to {acct}. The other fields arrive correctly.
@ 2 integrations
S: Outlook import fails
B: Importing emails from {outlook} with the Papyra add-in fails with "The message could not be imported". {Attachments are PDFs.|}
@ 2 integrations
S: decimal separator
B: Amounts are exported with a comma instead of a point, so {acct} reads 1,250.00 as 1.25. {Is there a setting?|}
@ 2 integrations
S: export stopped
B: The automatic export to {acct} has not run since {day}. In the log I see: {log_export}
# ---
@ 2 database_storage
S: search very slow
B: Searching in the archive takes {n}-{n2} seconds on our installation, even for simple searches. A year ago it was instant. We have about {docs} documents.
@ 2 database_storage
S: backup fails
B: The nightly backup job fails with "Access to the path '{share}' is denied". The service account should have rights.
@ 2 database_storage
S: restore needed
B: We need to restore the archive from last {weekday_en}'s backup because someone deleted a whole folder. Can someone guide us through the restore?
@ 2 database_storage
S: database too big
B: Our database has grown to {n2} GB and the server is running out of space. Is there a safe way to clean up or compress it?
@ 2 database_storage
S: moving the document store
B: We want to move the document store to a new disk (D: to E:). What is the safest way to do it without breaking links?
@ 2 database_storage
S: database locked
B: Users often get "database is locked" when several people file documents at the same time. We are using the built-in database with {n} users.
@ 2 database_storage
S: SQL connection fails
B: After changing the password of the SQL service account, Papyra can't connect to the database: "Login failed for user 'papyra_svc'". Where do I update it?
@ 2 database_storage
S: opening documents slow on one PC
B: On one workstation it takes almost a minute to open any document, on all others it's instant. Same version ({ver}).
# ---
@ 2 security_network
S: antivirus quarantine
S: Papyra deleted by antivirus?
B: {av} has put PapyraOcr.dll into quarantine after the update, and now recognition doesn't work. The alert says "{threat}".
Q: {av} quarantined a Papyra file, OCR not working anymore
@ 2 security_network
S: Sophos blocks service
B: Since we rolled out Sophos Intercept X, the Papyra server service stops a few minutes after starting. In the Sophos console we see "Lockdown prevented" for Papyra.Server.exe.
@ 2 security_network
S: SmartScreen
B: Windows Defender SmartScreen blocks the installer for {newver} ("Windows protected your PC"). Is the file safe and how do we get around it in our environment?
@ 2 security_network
S: firewall blocks clients
B: Clients in our second office can't connect to the server. We think the firewall blocks port {port}, but our IT partner says the port is open. Can you help us test it?
@ 2 security_network
S: proxy authentication
B: The licence check fails behind our proxy: "{log_net}". The proxy requires authentication.
@ 2 security_network
S: certificate expired
B: All clients show a warning "The server certificate has expired". How do we renew the certificate of the Papyra server?
@ 2 security_network
S: scanning slow with Kaspersky
B: Since Kaspersky was installed, scanning and filing is extremely slow (about {n} seconds per page instead of 1). When we disable it, it's fast again.
@ 2 security_network
S: TLS inspection
B: Since our firewall ({fw}) does TLS inspection, the sync between branch and head office fails with a certificate error.
@ 2 security_network
S: controlled folder access
B: Windows Defender "Controlled folder access" blocks Papyra from saving to the document folder. What exactly do we need to allow?
@ 2 security_network
S: own certificate
B: We want to replace the self-signed certificate of the Papyra server with one from our internal CA. I tried but now the clients don't connect any more.
# ---
@ 2 third_party_infrastructure
S: store on NAS not reachable
B: We changed the share path of our NAS from {share} to a new name and now Papyra says "Document store not available". How do we change the path in Papyra?
@ 2 third_party_infrastructure
S: hot folder
B: The {mfp} saves scans into the hot folder correctly, but Papyra doesn't pick them up anymore. The files just stay there.
@ 2 third_party_infrastructure
S: printing blank pages
B: When we print documents from Papyra on our {mfp}, only blank pages come out. Printing from Word on the same printer is fine.
@ 2 third_party_infrastructure
S: published app settings
B: We're publishing Papyra on our new Citrix servers. Which Papyra settings do we have to change so that user settings are stored in the right place? Could you go through it with our admin?
@ 2 third_party_infrastructure
S: new NAS as store
B: We bought a new {nas} and want to move the Papyra document store to it. Could a technician help us with the Papyra configuration?
# ---
@ 2 howto_usage
S: approval workflow
B: We'd like to set up an approval workflow for invoices (clerk -> head of department -> payment). I've read the manual but I'm not sure how to do it for our case. Could someone go through it with me in a remote session?
@ 2 howto_usage
S: multiple companies
B: We manage {n} companies in one installation and want to separate folders, document types and rights. Could a technician help us set up this structure?
@ 2 howto_usage
S: auto-filing setup
B: We want automatic filing by supplier and year for our {n} branches. The basics work, but we need help with the details. Please call me.
@ 2 howto_usage
S: email import setup
B: Could you help us configure the email import for our invoice mailbox? We tried but the settings for Exchange Online confuse us.
@ 2 howto_usage
S: roles setup
B: We need help designing the user roles for {n2} employees, with restrictions for HR documents. Can we book a session with a technician?
# ============================================================ LEVEL 3
@ 3 account_access
S: user sees documents without rights
B: A user without rights to the HR folder can see HR documents in the search results (title and preview!). She can't open them in the folder view. This looks like a bug. Version {ver}.
@ 3 account_access
S: crash during AD sync
B: The user synchronisation with Active Directory crashes every night. From the server log:{trace_auth}
@ 3 account_access
S: permissions reset after update
B: After the update to {newver} all folder permissions were reset to the default. We had to set everything up again by hand. This happened on two of our servers.
@ 3 account_access
S: 2FA crash
B: When users try to enroll two-factor authentication, Papyra Desktop crashes:{trace_twofa}
@ 3 account_access
S: deleted user still active
B: A user we deleted in Papyra on {date} is still able to access documents via the API with his old token. We checked the access log. Please look into this.
@ 3 account_access
S: wrong user in audit log
B: The audit log shows documents deleted by a user who was on holiday and not logged in. We suspect the log records the wrong user when two people work on the same PC. {ver}.
@ 3 account_access
S: permission check error
B: Opening some documents via the web client gives error 500. Server log:{trace_auth}
# ---
@ 3 licensing_billing
S: licence service crash
B: The licence service on our server crashes several times a day and all clients lose their seats. Log:{trace_lic}
@ 3 licensing_billing
S: licence file error after update
B: Since the update to {newver}, the server can't load our licence file. It worked with {oldver}.{trace_lic}
@ 3 licensing_billing
S: seat count increases
B: The number of used seats keeps going up although people close Papyra properly. After a few days nobody can log in and we have to restart the server. It happens since {oldver}, also in {newver}.
@ 3 licensing_billing
S: Desktop crashes at licence check
B: Papyra Desktop crashes directly at the start with the licence check. Event viewer:{eventlog}
@ 3 licensing_billing
S: licence released to wrong client
B: When two users start Papyra at the same second, one of them often gets the other's session / licence and sees his open documents. Reproducible with {newver}.
# ---
@ 3 installation_updates
S: update crashed
B: The update to {newver} crashed during the database upgrade step:{trace_setup}Now neither the old nor the new version starts.
@ 3 installation_updates
S: setup crash with exception
B: Setup crashes on our server with the following exception:{trace_setup}{winsrv}, SQL Server backend.
@ 3 installation_updates
S: crash at startup after update
B: Since the update to {newver}, Papyra Desktop crashes immediately at start on all PCs. Event viewer:{eventlog}
@ 3 installation_updates
S: data missing after update
B: After updating from {oldver} to {newver}, the custom fields of all documents filed before {year_text} are empty. The update finished without errors. This is a serious problem for us.
@ 3 installation_updates
S: update breaks search
B: We updated a test system from {oldver} to {newver} and the search no longer finds documents filed before the update. Reproducible; we kept a copy of the database for you.
@ 3 installation_updates
S: rollback corrupted database
B: The update failed and rolled back automatically, but since then the archive reports inconsistencies and some documents show an error when opened. {The database is {sql}.|}
# ---
@ 3 documents_recognition
S: OCR crash
S: crash while scanning
B: Papyra crashes during recognition of certain documents. Error details:{trace_ocr}It always happens with the same PDF, I can send it.
@ 3 documents_recognition
S: QR-bill crash
B: Filing QR-bills from one supplier crashes the capture job:{trace_ocr}
@ 3 documents_recognition
S: amounts multiplied by 100
B: Since {newver} all amounts from field extraction are 100 times too high (123.45 becomes 12345). In {oldver} it was correct with the same templates. We see this at all our branches.
@ 3 documents_recognition
S: scanning more than 50 pages crashes
B: When we scan more than about 50 pages at once, Papyra crashes:{trace_scan}Smaller batches work.
@ 3 documents_recognition
S: recognition hangs on a PDF
B: The recognition job hangs forever on one particular PDF and blocks all following documents. We have to restart the service. I can reproduce it every time with this file.
@ 3 documents_recognition
S: pages mixed between documents
B: We discovered that pages of different documents were mixed: invoice A contains page 2 of invoice B. It happened with a batch scanned on {date}. This is very serious because we didn't notice it for weeks.
@ 3 documents_recognition
S: umlauts missing since update
B: Since {newver} the OCR text is missing all umlauts (ä, ö, ü simply disappear), so the full-text search doesn't find anything. Same scans in {oldver} were fine.
@ 3 documents_recognition
S: viewer crash on big documents
B: Opening documents with many pages crashes the viewer:{trace_viewer}
@ 3 documents_recognition
S: documents skipped
B: The batch recognition randomly skips documents: of {pages} scanned documents only {n2} arrive in the inbox and the log shows nothing. It happens on two installations.
@ 3 documents_recognition
S: IBAN field crash
B: Recognition stops with an exception on invoices with an IBAN in a certain format:{trace_ocr}
# ---
@ 3 integrations
S: REST API 500
S: API error
B: Our integration gets HTTP 500 when uploading documents through the REST API. Server log:{log_api}The same request worked with {oldver}.
@ 3 integrations
S: API 409 conflict
B: PATCH requests to /api/v2/documents/{{id}}/fields return 409 Conflict even when nobody else is editing the document ("stale rowversion"). We re-read the document right before the PATCH.
@ 3 integrations
S: script error
B: Our routing script stopped working after the update to {newver}. Error:{trace_script}The script hasn't been changed for two years.
@ 3 integrations
S: pattern rules crash
B: Since we added a new pattern rule, the capture service crashes:{trace_script}Removing the rule helps, but we need it.
@ 3 integrations
S: regex timeout
B: One of our pattern rules times out on long documents and then the whole routing stops:{trace_script}
@ 3 integrations
S: DATEV export crash
B: The DATEV export crashes with this error:{trace_expfmt}It happens only with some documents, I can't see what they have in common.
@ 3 integrations
S: Abacus export exception
B: Export to Abacus aborts:{trace_abacus}We didn't change the VAT settings.
@ 3 integrations
S: XML export invalid character
B: The XML export crashes:{trace_xml}Probably some invoice contains a strange character, but the export should not crash because of that.
@ 3 integrations
S: API paging broken
B: When we page through /api/v2/documents with pageSize=100, some documents appear twice and others never appear. Our sync therefore misses documents. Reproducible with {newver}.
@ 3 integrations
S: webhook not fired
B: The webhook "document.filed" is not sent for documents filed by pattern rules, only for manually filed ones. Is that a bug? Our ERP depends on it.
@ 3 integrations
S: script date parsing changed
B: In {newver} the scripting function parseDate() returns a different result than in {oldver} for dates like 03.04.2024 (day and month swapped). All our scripts rely on it.
@ 3 integrations
S: search endpoint 500
B: The search endpoint of the API fails with a NullReferenceException (HTTP 500) if the query contains a hyphen, e.g. GET /api/v2/search?q=ABC-123. Without the hyphen it works.
@ 3 integrations
S: rules applied twice
B: Our pattern rules are sometimes applied twice, so documents are filed in two folders and exported twice to {acct}. We could not find a pattern.
# ---
@ 3 database_storage
S: database malformed
S: archive won't open
B: Papyra can't open the archive any more:{trace_db}We had a power failure {day}.
@ 3 database_storage
S: primary key violation
B: Filing documents fails with this error since {day}:{trace_db}
@ 3 database_storage
S: document content missing
B: Several documents can't be opened:{trace_db}The archive check says {n2} documents reference missing files.
@ 3 database_storage
S: foreign key error
B: Tagging documents fails on our PostgreSQL backend:{trace_db}
@ 3 database_storage
S: index mismatch
B: After the server crashed the archive is inconsistent. The log says:\n\n{log_db}\n\nWe have a backup from two days ago but we don't want to lose the documents filed since then.
@ 3 database_storage
S: documents gone after check
B: After running the archive check with "repair", about {n2} documents are gone. They are not in the recycle bin either. Please help, these are tax-relevant documents.
@ 3 database_storage
S: duplicates after restore
B: After restoring the archive from the backup, many documents appear twice with the same ID but different content. We can't tell which one is correct.
@ 3 database_storage
S: backups incomplete
B: We did a restore test and found that pages are missing in documents from the last {n} months, although the backup job always reported success.
@ 3 database_storage
S: wrong pages shown
B: Some documents show the pages of a completely different document. Document ID and title are correct, the content is wrong. We have found {n2} cases so far.
@ 3 database_storage
S: half upgraded database
B: The database seems to be half on the old and half on the new schema after the update; some tables have new columns, others not. Papyra starts but filing fails.
@ 3 database_storage
S: deleted too much
B: A colleague deleted one subfolder, but Papyra also deleted the documents in {n} other folders that had the same name. How is that possible? We need them back.
@ 3 database_storage
S: version history lost
B: The version history of all documents edited before {date} is gone. Only the latest version is there. We need the old versions for an audit.
# ---
@ 3 security_network
S: certificate error though valid
B: Clients refuse the server certificate although it is valid and issued by our CA, which is trusted on all PCs:{trace_net}Browsers accept the certificate without problems.
@ 3 security_network
S: sync connection closed
B: The branch sync breaks off regularly:{trace_net}The network team saw no interruptions.
@ 3 security_network
S: server crash during vulnerability scan
B: Our weekly vulnerability scan (Nessus) makes the Papyra server service crash. Either the service has a bug or something in the request handling is not robust.
@ 3 security_network
S: possible security issue
B: I think I found a security problem: the URL /api/v2/documents/{{id}}/content can be opened without being logged in if you know the ID. Please check urgently. {Version {newver}.|}
@ 3 security_network
S: encrypted documents unreadable
B: After rotating the encryption key as described in the admin guide, about {pct}% of the documents can't be opened: "Decryption failed". We have the old key.
@ 3 security_network
S: crash with NTLM proxy
B: With our NTLM proxy, Papyra Desktop crashes when checking for updates:{trace_proxy}
# ---
@ 3 howto_usage
S: saved searches not shared
B: According to the manual saved searches marked as "shared" are visible for all users, but in {newver} nobody else sees them. I tried it with 3 users. Is this a bug?
@ 3 howto_usage
S: annotation lost
B: Undo in the viewer deletes the annotation permanently instead of undoing the last change, and it's not in the version history either. The manual says otherwise. Reproducible with {ver}.
@ 3 howto_usage
S: settings crash
B: Papyra crashes when I open Options > Display:{trace_settings}
@ 3 howto_usage
S: wrong sorting
B: Since {newver} sorting by date in the list view is wrong: 01.03. comes after 31.12. Looks like it sorts as text. {Same with the due date column.|}
@ 3 howto_usage
S: Ctrl+F deletes?
B: Strange: in the document view pressing Ctrl+F sometimes removes the current page from the document instead of opening the search. Happened to {n} colleagues.
@ 3 howto_usage
S: print crash
B: Printing more than {n2} documents at once crashes Papyra:{trace_print}
# ============================================================ LEVEL 4
@ 4 account_access
S: Citrix login problem
B: Users can't start Papyra from Citrix since {day}: StoreFront says "Cannot complete your request". All other published apps have the same problem.
@ 4 account_access
S: temporary profiles on RDS
B: On our terminal server ({ts}) users keep getting temporary profiles, so Papyra forgets their settings every day. On normal PCs everything is fine.
@ 4 account_access
S: Kerberos errors after server update
B: After installing the latest updates on our domain controller ({winsrv}), Windows login to Papyra fails with Kerberos errors; also the file server and printers are affected.
@ 4 account_access
S: Entra ID sync broken
B: Our Azure AD Connect / Entra sync stopped, so new users don't exist in the directory and can't log in to Papyra (or anywhere). Our IT partner is on holiday.
@ 4 account_access
S: card login on MFP
B: The card login on our {mfp} (for scanning to Papyra) doesn't work since the firmware update. The MFP says "Authentication failed" for all cards.
# ---
@ 4 installation_updates
S: server update broke services
B: After the cumulative update for {winsrv} on {date}, several services don't start anymore, including the Papyra server and our backup agent. Uninstalling the update helps.
@ 4 installation_updates
S: VM won't boot
B: The VM with our Papyra server doesn't boot anymore after the {hyper} host update. It stops at "Preparing automatic repair".
@ 4 installation_updates
S: Citrix image
B: After the new Citrix master image was rolled out, Papyra is missing on half of the Citrix servers. We use App Layering.
@ 4 installation_updates
S: SQL Server update failed
B: The SQL Server cumulative update failed on our database server and now the SQL service doesn't start ({sql}). Papyra of course doesn't work either.
@ 4 installation_updates
S: old server OS
B: Our Papyra server still runs on Windows Server 2012 R2. Our IT provider says it must be upgraded. Who does what here?
@ 4 installation_updates
S: install mode RDS
B: On the RDS host the installation only works in "change user /install" mode and even then Windows Installer reports that the RDS role blocks it. On normal PCs it installs fine.
@ 4 installation_updates
S: Hyper-V host
B: Our Hyper-V host is extremely slow since the last firmware update and all VMs including the Papyra server hang regularly.
# ---
@ 4 documents_recognition
S: corrupt PDFs from MFP
B: Since the firmware update of our {mfp}, the PDFs it sends to the scan folder are corrupt (0 KB or can't be opened). Scanning with the USB scanner works.
@ 4 documents_recognition
S: stripes on scans
B: All scans from the {mfp} have vertical stripes, also when copying. The scanner glass is clean.
@ 4 documents_recognition
S: resolution ignored
B: Our {mfp} sends scans at 100 dpi no matter what profile we choose on the device. So the OCR in Papyra fails.
@ 4 documents_recognition
S: scan to SMB stopped
B: The {mfpbrand} MFP can no longer save scans to the shared folder since we disabled SMB1 on the server. Error on the device: "Sending failed #{n}01".
@ 4 documents_recognition
S: TWAIN in Citrix session
B: The scanner works on the local PC but not in the Citrix session. Citrix TWAIN redirection seems to be broken since the Workspace app update.
@ 4 documents_recognition
S: double feed
B: The document feeder of our {mfp} constantly pulls two pages at once, so documents are incomplete in Papyra.
# ---
@ 4 integrations
S: Bexio export fails
B: Exports to Bexio fail since this morning with "503 Service Unavailable". The Bexio status page shows an incident.
@ 4 integrations
S: DATEV upload
B: Uploads to DATEV Unternehmen online fail for all documents ("Service temporarily unavailable"). Apparently DATEV has maintenance this weekend.
@ 4 integrations
S: SAP server
B: Our SAP partner upgraded the SAP Business One server and since then the DI API connection fails for all interfaces, including Papyra.
@ 4 integrations
S: Abacus server moved
B: Our Abacus partner moved the Abacus server to a new host and changed the interface settings. Since then imports from Papyra are rejected.
# ---
@ 4 database_storage
S: NAS volume crashed
B: Our {nas} reports "Volume crashed" and the Papyra document store on it is not accessible. The NAS vendor support is already contacted.
@ 4 database_storage
S: NAS permissions reset
B: After a firmware update on our {nas} the share permissions were reset and Papyra can't write to the document store anymore.
@ 4 database_storage
S: SQL transaction log full
B: Our SQL Server reports "The transaction log for database 'Papyra' is full due to 'LOG_BACKUP'". The SQL Server is maintained by {company_it}.
@ 4 database_storage
S: SQL Express limit
B: Our SQL Server {2017|2019} Express has reached the 10 GB database limit of the Express edition, so nothing can be filed anymore. We need to upgrade the SQL Server.
@ 4 database_storage
S: NAS replication
B: Replication between our two {nasbrand} NAS (Snapshot Replication) fails since {day}, so there is no second copy of the document store.
@ 4 database_storage
S: Hyper Backup fails
B: Hyper Backup on our Synology fails with "Destination corrupted", so the document store hasn't been backed up for {n} days.
@ 4 database_storage
S: hosted PostgreSQL down
B: The PostgreSQL server at our hosting provider is down since this morning, Papyra shows "Database not available". Provider says they're working on it.
@ 4 database_storage
S: datastore full
B: The VMware datastore on which our database server runs is full, the VM was paused. The host is managed by {company_it}.
# ---
@ 4 security_network
S: VPN down after firewall update
B: Since the firmware update of our {fw}, the site-to-site VPN to our branch is down, so the branch can't reach the Papyra server. Our firewall is managed by {company_it}.
@ 4 security_network
S: Windows TLS settings
B: After a security hardening on all {winsrv} machines (disabling TLS 1.0/1.1 and some ciphers via GPO), several applications including Papyra and our ERP can't connect anymore.
@ 4 security_network
S: NetScaler certificate
B: The certificate on our Citrix NetScaler expired, so nobody can reach Papyra from outside. Renewing it is done by our Citrix partner.
@ 4 security_network
S: internal CA down
B: Our internal certificate authority server crashed and the certificates for several servers, including the Papyra server, can't be renewed.
@ 4 security_network
S: FortiGate blocks everything
B: After a config change by our provider on the FortiGate, the file server and the Papyra server can't be reached from the office network.
@ 4 security_network
S: ESET management server down
B: Our ESET PROTECT management server is down and the clients fall back to an old policy that blocks network shares. Papyra can't reach the document store.
# ---
@ 4 third_party_infrastructure
S: NAS unreachable after DSM update
S: NAS problem
B: Since the DSM update on our {nas} {day}, the share with the Papyra documents is not reachable anymore. Also other shares on the NAS are affected.
Q: {nas} share gone after DSM update, Papyra docs not reachable.
@ 4 third_party_infrastructure
S: NAS keeps disconnecting
B: The connection to our {nas} drops several times a day. Then Papyra can't open documents for a few minutes. The NAS log shows "network link down".
@ 4 third_party_infrastructure
S: Citrix session freezes
B: On Citrix ({ts}) the whole session freezes when users open the Papyra viewer. On local PCs it works perfectly. {Other apps in the session also lag.|}
@ 4 third_party_infrastructure
S: slow on terminal server
B: Papyra is very slow on our terminal server ({ts}) but fast on the local PCs. The server has {n2} users on it and only 16 GB RAM.
@ 4 third_party_infrastructure
S: scan to email broken
B: Our {mfp} can't send scans by email anymore since the firmware update, so the invoices don't reach Papyra.
@ 4 third_party_infrastructure
S: scan to SMB share fails
B: Since the last Windows update the {mfp} can't save to the SMB share anymore ("Send error"). Our IT partner says it's the MFP firmware.
@ 4 third_party_infrastructure
S: Canon error 801
B: The Canon MFP shows "Sending failed #801" when scanning to the Papyra folder. It worked fine until {last week|the weekend|recently}.
@ 4 third_party_infrastructure
S: MFP hangs
B: Our {mfp} hangs every day around noon and must be restarted. Then all scans of the morning are missing in Papyra.
@ 4 third_party_infrastructure
S: VMware host down
B: One of our VMware hosts crashed (purple screen) and the Papyra server VM was on it. It's running again on the other host, but our IT partner should check the host.
@ 4 third_party_infrastructure
S: printing broken after update
B: After the Windows Server update {kb}, printing via our print server doesn't work anymore, from Papyra or any other program.
@ 4 third_party_infrastructure
S: MFP connection error
B: The {mfp} says "Connection error" when scanning to network. We can ping the server from it. No changes on our side.
@ 4 third_party_infrastructure
S: label printing in Citrix
B: Printing barcode labels from Papyra in the Citrix session prints them in the wrong size, locally it's fine. Probably the Citrix printer driver mapping.
@ 4 third_party_infrastructure
S: RDS licence
B: Users can't log in to the terminal server: "No Remote Desktop license servers available to provide a license". So nobody can work with Papyra.
@ 4 third_party_infrastructure
S: disk warnings on NAS
B: Our {nas} has been beeping since this morning and reports a degraded RAID, disk 3 failing. The Papyra archive is on this NAS. Should we keep working?
@ 4 third_party_infrastructure
S: SQL server of IT provider unreachable
B: The SQL Server hosted by our IT provider is not reachable since {day}, Papyra can't start. The provider is slow to answer.
@ 4 third_party_infrastructure
S: Exchange down
B: Our on-premise Exchange server doesn't deliver mail since the last update, so the email import to Papyra gets nothing. Exchange queue shows errors.
@ 4 third_party_infrastructure
S: user profile disks
B: On our RDS farm some users' profile disks are locked and they get errors opening Papyra and Outlook. Only on the RDS hosts.
"""
SLOTS.update({
    "yr": lambda r, m: r.choice(["2023", "2024", "2022"]),
    "street_en": lambda r, m: r.choice(["12 Market Street, LS1 6DT Leeds", "Bahnhofstrasse 21, 6300 Zug", "Via Cantonale 8, 6900 Lugano", "4 Riverside Park, BS1 5DB Bristol", "Rue du Rhône 50, 1204 Geneva"]),
    "vat": lambda r, m: r.choice(["GB 284 5531 02", "CHE-123.456.789 MWST", "DE 298 765 432", "CHE-401.882.117 VAT"]),
    "res": lambda r, m: r.choice(["200", "300", "150", "400"]),
    "threat": lambda r, m: r.choice(["Suspicious behaviour", "Win32/Packed.Generic", "Trojan:Win32/Wacatac.B!ml", "HEUR:Trojan.Win32.Generic", "ML/PE-A"]),
    "weekday_en": lambda r, m: r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "company_it": lambda r, m: r.choice(["our IT partner", "an external company", "Bluecom IT", "our MSP", "NetSolutions Ltd"]),
    "kb": lambda r, m: r.choice(["KB5034439", "KB5036896", "KB5041578", "KB5039217", "KB5043050"]),
})

FULL = r"""
@@ 2 security_network
S: RE: RE: still not working!!!
Hi,

sorry but this is now the third time I write. Your colleague told me on Monday to add the exclusions for {av}, we did that (C:\Program Files\Papyra and the store folder), but the OCR still doesn't start and the antivirus log still shows Papyra.Ocr.Worker.exe being blocked. Meanwhile we have 200 invoices waiting.

Also the printer in the back office isn't working but that's another story.

Please someone call me today. {phone}

{first}

> From: Papyra Support
> Sent: Monday
> Please add the following exclusions in your security software ...
@@ 3 database_storage
S: documents lost!!
To whom it may concern,

I'm writing because we've had a really bad experience this week and I need to escalate this. On Tuesday our office manager ran the "Repair archive" function because the archive check reported some errors. After that, all documents of the folder "Suppliers 2023" (roughly 1,400 documents) are gone. Not in the recycle bin, not anywhere. We have a backup from the weekend but in between our team filed about 80 new invoices.

We use Papyra Desktop {ver} with the built-in database on {winsrv}. The log file from the repair is attached. I would expect that a "repair" function does not delete data without asking.

We need someone who really understands the database to look at this. We will not touch anything until we hear from you.

Regards,
{first} {last}
Managing Director
{company}
@@ 0 howto_usage
S: 
hi, how can i make the preview bigger? the little window on the right is tiny on my laptop. thx
@@ 1 licensing_billing
S: Fwd: Invoice {inv}
Hello,

see below from our accountant, she doesn't understand the second line on the invoice. Can you explain? We never ordered the "Capture Plus" module.

Thanks
{first}

---------- Forwarded message ---------
From: {first2} {last2}
Date: {date}
Subject: Invoice {inv}

{first}, what is "Capture Plus 5 seats {amount}" on the Papyra invoice? I can't find an order for it. Shall I pay it anyway?
@@ 2 installation_updates
S: Installation
Dear Sir/Madam,

I am not computer specialist, please excuse. We have bought new computer for our practice and want to install Papyra on it like on old computer. When I start setup.exe it comes window with message "Error 1722. There is a problem with this Windows Installer package. A program run as part of the setup did not finish as expected." and then stops. I try 3 times, same.

Windows 11 Home. Old computer is still here and working.

Please can you help me, maybe with team viewer?

With best regards
Dr. {last}
@@ 4 third_party_infrastructure
S: server room / everything slow
Hi all,

not sure you're the right people for this but our whole network has been super slow since our IT guy replaced the switch in the server room. Papyra takes ages, so does our file server and the {nas}. Pinging the server gives timeouts every few seconds. Our IT guy says it's Papyra. I don't believe him since everything else is slow too. Is there any way you can confirm it's not on your side?

Thanks,
{first}
{company}
@@ 3 integrations
S: API bug? (PUT /documents/{{id}}/tags)
Hello Papyra team,

I'm a developer at {company} and we're integrating Papyra via the REST API (server {newver}).

When I send a PUT to /api/v2/documents/4711/tags with an empty array to remove all tags, the response is 200 OK, but the tags are still there. With a non-empty array it replaces the tags correctly. According to the API docs, an empty array should clear the tags.

Request:
PUT /api/v2/documents/4711/tags
Content-Type: application/json
[]

Response: 200, body: ["invoice","2024","paid"]

Can you confirm whether this is a bug? As a workaround we remove tags one by one with DELETE, which is slow for thousands of documents.

Best,
{first} {last}
Software Engineer
@@ 1 account_access
S: new admin
Dear Papyra,

please note that as of 1 {month} I am responsible for Papyra in our company. Please change the contact person for our account from {first2} {last2} to me and give me access to the customer portal.

My details:
{first} {last}, {role}
{email}
{phone}

Kind regards
{first} {last}
@@ 0 security_network
S: question from our IT
Hello,
our new IT provider asked me which ports the Papyra server needs and if it talks to the internet. Can you point me to where that is documented? thanks
{first}
@@ 2 documents_recognition
S: two things
Hello,

two things:

1) The scanner at reception ({scanner}) has stopped working with Papyra since we moved it to another PC. It shows in Windows but Papyra says "No scanner found". This is the important one.

2) Can I change the colour of the tags? Just curious.

Thanks,
{first}
@@ 4 database_storage
S: Synology HELP
Our Synology shows "Volume 1 crashed" since this morning. The Papyra archive is on it. We opened a case with Synology already. What can we do on the Papyra side meanwhile? Please call {phone}.
{first} {last}, {company}
@@ 3 documents_recognition
S: Papyra crash when scanning
Good morning,

since the update to {newver} Papyra crashes every time we scan a multi-page document from the {scanner}. Single pages work. I copied this from the error window:
{trace_scan}
We have downgraded one PC to {oldver} and there it works with the same scanner, so I think it's the new version.

Regards,
{first} {last}
{role}, {company}
@@ 0 integrations
S: Abacus
good afternoon. we move to Abacus next year, does Papyra have a export for it? where can i read about it
regards {first}
@@ 1 installation_updates
S: links
hi, can u send me the link for the newest version, the one in the portal is for 6.5. thank you {first}
@@ 2 integrations
S: Export errors again / our accountant is angry
Hello,

I'm forwarding you the complaint of our accountant in short: the amounts of the invoices in foreign currency (EUR) come to {acct} converted twice, so they are much too low. Invoices in CHF are fine. This costs her hours every month. We use Papyra {ver}. Could someone have a look at our export profile with me? I'm in the office Mon-Wed.

Regards
{first} {last}
{company}
@@ 4 installation_updates
S: Windows Server upgrade
Hello,

our IT provider will upgrade our server from Windows Server 2016 to 2022 (in-place upgrade) next weekend. The Papyra server and SQL Server run on it. They are asking whether there is anything they must do for Papyra - and to be honest we're worried that the upgrade itself goes wrong, because last time the provider's upgrade broke the backup software. Who can support them with the Windows side?

Best
{first}
"""
