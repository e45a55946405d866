# Hand-written evaluation mails: English, level 1 (first-line helpdesk).
LANG = "en"
LEVEL = 1
MAILS = [
("licensing_billing", "Charged in CHF instead of GBP",
r"""Hello,

Our latest invoice (2024-12011) was issued in Swiss francs, but our contract says GBP. Our bank charged us a conversion fee on top. Could you please reissue the invoice in GBP and refund the difference/fee?

Account number: C-50218

Kind regards,
Deborah Hughes
Finance, Hughes & Webb Ltd"""),

("licensing_billing", "Please add 3 seats",
r"""Hi team,

We're onboarding three new starters on the 1st. Please add 3 Papyra Desktop seats to our subscription (currently 7) and send the pro-rata invoice to accounts@lyncroft.co.uk.

Thanks,
Oliver Grant
Operations, Lyncroft Property"""),

("account_access", "Locked out of the customer portal",
r"""Hi,

I'm locked out of the customer portal after too many attempts, and the password reset email never arrives. Username is c.morgan@morganfoods.co.uk. Could you reset it for me?

Thanks,
Chris Morgan"""),

("installation_updates", "Download link for 7.2.0",
r"""Hello,

Could you send me a download link for the full Papyra Desktop 7.2.0 installer? The portal only offers the web installer, which our proxy blocks.

Regards,
Ian Stewart"""),

("licensing_billing", "Moving licence to a new laptop",
r"""Hi,

I got a new laptop and installed Papyra, but activation says "Seat limit reached for this licence (1/1)". The old laptop was returned to the leasing company and wiped, so I can't deactivate it there. Can you free the seat?

Licence key starts PPR-7D-91X...

Cheers,
Sam Fitzgerald"""),

("licensing_billing", "VAT number missing from invoice",
r"""Hello,

Please could you add our VAT registration number (GB 123 4567 89) to invoice 2024-11590? Our accountant won't accept it without.

Many thanks,
Karen Bell"""),

("account_access", "New portal admin",
r"""Hello,

Our previous IT manager, Robert Hale, has left the company. Please remove his access to the Papyra customer portal and make me the primary contact/admin for our account.

Regards,
Natalie Cross
Managing Director, Cross Interiors Ltd"""),

("licensing_billing", "Refund for unused seats",
r"""Hi,

We reduced our team in June and 4 of our 12 seats have been unused since. Is it possible to get a partial refund for the remaining months of the subscription, or at least a credit towards the renewal?

Kind regards,
Peter Knowles"""),

("licensing_billing", "Quote for upgrade to Professional",
r"""Hi,

We would like to upgrade from Standard to Professional for all 6 seats to get the REST API. Can you send a quote, taking into account the 5 months left on our current subscription?

Thanks
Lewis Harper"""),

("account_access", "Change of email address",
r"""Hello,

My surname has changed after getting married. Please update my portal login from j.smith@averyco.com to j.avery-smith@averyco.com.

Thanks,
Jessica Avery-Smith"""),

("licensing_billing", "Invoice sent to wrong person",
r"""Hello,

Your invoices keep going to our former finance manager's mailbox, which nobody reads. Please update the billing contact to payables@thornbury-group.com. We just found two overdue reminders in there - please resend the open invoices to the new address.

Regards,
Alan Thornbury"""),

("licensing_billing", "Cancel auto-renewal",
r"""Hi,

Please switch off automatic renewal for our subscription (customer C-44173). We want to review our options before the renewal date in December. Please confirm by email.

Thanks,
Hannah Ellis"""),

("installation_updates", "Need older version 6.2.3",
r"""Hello,

One of our sites runs a line-of-business app that isn't yet certified with Papyra 7. Could you please provide a download link for Papyra Desktop 6.2.3 so we can reinstall on the two PCs that were upgraded by mistake?

Thank you,
Daniel Price
IT Support"""),

("account_access", "Reset 2FA",
r"""hi, new phone, lost my authenticator, can't get into the portal. can you reset 2fa on my account (g.moore@mooreandco.ie)? thanks Gary"""),

("licensing_billing", "Extend trial",
r"""Hello,

We started a trial of Papyra Server two weeks ago but our IT partner only managed to set it up yesterday. Would it be possible to extend the trial by 14 days so we can test properly?

Best regards,
Sophie Lambert
Lambert Dental Group"""),

("licensing_billing", "Payment declined - how to pay?",
r"""Hi,

We got an email that the card payment for our renewal was declined (the company card was replaced). How can I update the card, or can we pay by bank transfer this time? Don't want the licence to lapse.

Thanks,
Marcus Reid"""),

("account_access", "Add a user to our portal account",
r"""Hello,

Could you give our external IT support (Ellie Harris, ellie@bluefin-it.co.uk) access to our customer portal so she can download installers? She should not see invoices.

Regards,
Tom Bradley"""),

("licensing_billing", "Licence key not received",
r"""Hi,

We paid for 2 additional seats via the webshop on Tuesday (order W-62214), but we haven't received the new licence key or confirmation that the seats were added. Can you check?

Thanks,
Rebecca Hall"""),

("installation_updates", "Access to 7.x upgrade",
r"""Hello,

We're on an active maintenance plan but the portal only shows Papyra 6.2.3 for download. Can you enable the 7.2 upgrade for our account? Customer C-38820.

Regards,
Philip Ward"""),

("licensing_billing", "Purchase order number on invoice",
r"""Good morning,

Our procurement system requires a PO number on every invoice. Could you please reissue invoice 2024-12302 with PO number 4700231984?

Kind regards,
Accounts Payable
Kingsbridge Manufacturing plc"""),

("licensing_billing", "Switch from monthly to annual",
r"""Hi,

We've been on monthly billing for a year and are happy with Papyra. We'd like to switch to annual billing for the discount. Can this be done now?

Also, could you tell me when our current month ends?

Thanks
Laura Kemp"""),

("account_access", "Customer portal account for new office",
r"""Hello,

We've opened a second office in Manchester that will have its own Papyra installation. Can we have a separate portal login for the office manager there (r.khan@densholme.co.uk) under the same company account?

Thanks,
Amir Shah
Densholme Consulting"""),

("licensing_billing", "Discount for charity?",
r"""Hello,

We are a registered charity (no. 1098765) looking at Papyra for 5 users. Do you offer charity or non-profit pricing? If so, please send us a quote.

With thanks,
Margaret Lowe
Finance Officer, Riverside Community Trust"""),

("howto_usage", "Book onboarding session",
r"""Hi,

We just bought Papyra and would like to book the included 2-hour onboarding session for our admin and two key users. What dates do you have next week? Afternoons are best for us.

Thanks,
Jack Holloway"""),

("installation_updates", "MSI package for deployment",
r"""Hello,

Our IT partner needs the MSI version of Papyra Desktop 7.2.0 to deploy through our RMM tool. Could you send a download link? We only see the EXE in the portal.

Kind regards,
Nicola Barnes"""),
]
