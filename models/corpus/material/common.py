"""Language-independent slot values, error traces, the template mini-language and the typo injector."""

from __future__ import annotations

import random
import re

# --------------------------------------------------------------------------- slot pools

VERSIONS = [
    "5.4.1", "5.4.3", "5.5.0", "5.6.2", "5.8.1", "6.0.0", "6.0.4", "6.1.1", "6.2.0", "6.2.3",
    "6.3.0", "6.3.2", "6.4.1", "6.5.0", "6.5.2", "7.0.0", "7.0.1", "7.1.0", "7.1.3", "7.2.0",
]
WINDOWS = [
    "Windows 10", "Windows 10 Pro", "Windows 10 Pro 22H2", "Windows 10 Enterprise 21H2",
    "Windows 11", "Windows 11 Pro", "Windows 11 23H2", "Windows 11 Pro 24H2", "Win 10", "Win11",
]
WINSERVER = ["Windows Server 2016", "Windows Server 2019", "Windows Server 2022", "Server 2019", "Windows Server 2022 Standard"]
SCANNERS = [
    "Fujitsu fi-7160", "Fujitsu fi-7140", "Ricoh fi-8170", "Canon DR-C225 II", "Canon DR-M260",
    "Brother ADS-2700W", "Brother ADS-4900W", "Epson DS-530 II", "Epson WorkForce DS-790WN",
    "Kodak S2050", "Kodak i2620", "Plustek SmartOffice PS286", "Panasonic KV-S1057C", "Fujitsu ScanSnap iX1600",
]
MFPS = [
    "Canon imageRUNNER ADVANCE C5535i", "Canon iR-ADV C3826i", "Ricoh IM C3000", "Ricoh MP C2004ex",
    "Kyocera TASKalfa 3253ci", "Kyocera ECOSYS M5526cdw", "HP LaserJet Pro MFP M428fdw",
    "HP Color LaserJet MFP M479fdw", "Brother MFC-L8900CDW", "Brother MFC-L6900DW", "Ricoh IM 430F",
]
MFP_BRANDS = ["Canon", "Ricoh", "Kyocera", "HP", "Brother"]
ACCOUNTING = ["Abacus", "Bexio", "DATEV", "Sage 50", "Sage 100", "Banana Buchhaltung", "SAP Business One", "Abacus AbaNinja", "DATEV Unternehmen online"]
ANTIVIRUS = [
    "ESET Endpoint Security", "ESET", "Sophos Intercept X", "Sophos Central", "Kaspersky Endpoint Security",
    "Kaspersky", "Windows Defender", "Microsoft Defender", "Defender for Endpoint", "Trend Micro Apex One", "Bitdefender GravityZone",
]
FIREWALLS = ["Sophos XGS", "Fortinet FortiGate", "Zyxel USG Flex", "pfSense", "WatchGuard Firebox", "Sophos UTM"]
NAS = ["Synology DS920+", "Synology DS1621+", "Synology RS1221+", "Synology DS220+", "QNAP TS-453D", "QNAP TS-873A", "QNAP TS-264", "Synology DS923+"]
NAS_BRANDS = ["Synology", "QNAP"]
TERMINAL = [
    "Citrix Virtual Apps 2203", "Citrix XenApp 7.15", "Citrix Virtual Apps and Desktops 2402",
    "Microsoft RDS (Server 2019)", "Microsoft RDS 2022", "RDS 2019", "Citrix DaaS",
]
SQLSERVER = ["SQL Server 2019 Express", "SQL Server 2017 Standard", "SQL Server 2022 Standard", "SQL Server 2019", "SQL Server 2016 SP3"]
POSTGRES = ["PostgreSQL 13", "PostgreSQL 14", "PostgreSQL 15", "PostgreSQL 16"]
HYPERVISOR = ["VMware ESXi 7.0", "VMware ESXi 8.0 U2", "Hyper-V", "VMware vSphere 7", "Proxmox VE 8"]
BROWSERS = ["Chrome", "Firefox", "Edge", "Safari"]
OFFICE = ["Outlook 2019", "Outlook (Microsoft 365)", "Outlook 2016", "new Outlook"]
DOCTYPES_EN = ["supplier invoices", "delivery notes", "credit notes", "payslips", "contracts", "purchase orders", "receipts"]

# --------------------------------------------------------------------------- error codes

def code(rng: random.Random) -> str:
    return rng.choice(["PAP-", "E", "PX-", "ERR-", "PAP-"]) + str(rng.randint(1000, 4999))


def hexcode(rng: random.Random) -> str:
    return rng.choice(["0x80070005", "0x80070643", "0x80004005", "0x800706BA", "0x80131500", "0x80070002", "0x8007045D", "0x80072EE7", "0x80096004"])


def msi_code(rng: random.Random) -> str:
    return rng.choice(["1603", "1618", "1638", "2503", "1722", "1920", "1311", "2755"])


def lickey(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "PPR-" + "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(4))


def ticketno(rng: random.Random) -> str:
    return rng.choice(["#", "Ticket ", "T-", "#"]) + str(rng.randint(20000, 99999))


def custno(rng: random.Random) -> str:
    return rng.choice(["K-", "", "C", "KD"]) + str(rng.randint(10000, 49999))


def invno(rng: random.Random) -> str:
    return rng.choice(["R-", "INV-", "RE", "F-", "2024-"]) + str(rng.randint(10000, 99999))


def ip(rng: random.Random) -> str:
    return rng.choice(["192.168.1.", "192.168.10.", "10.0.0.", "10.10.20.", "172.16.5."]) + str(rng.randint(2, 250))


def port(rng: random.Random) -> str:
    return rng.choice(["8443", "443", "1433", "5432", "8080", "9443", "445", "8444"])


def hostname(rng: random.Random) -> str:
    return rng.choice(["SRV-", "srv", "PAPYRA-", "FS", "APP", "DC", "TS"]) + rng.choice(["01", "02", "ARCHIV", "03", "10", "DMS", "1"])


def share(rng: random.Random) -> str:
    return "\\\\" + rng.choice(["nas01", "NAS", "diskstation", "qnap", "fileserver", "ds920"]) + "\\" + rng.choice(["papyra", "Archiv", "scan", "dms", "PapyraStore", "daten\\papyra"])


def user(rng: random.Random) -> str:
    return rng.choice(["m.keller", "sbrunner", "admin", "empfang", "buchhaltung", "j.rossi", "lmartin", "t.weber", "scan", "a.huber", "praxis"])


# --------------------------------------------------------------------------- traces

_EXC = {
    "ocr": [
        ("System.NullReferenceException: Object reference not set to an instance of an object.",
         ["Papyra.Recognition.FieldExtractor.ExtractAmount(PageImage page, ZoneDefinition zone)",
          "Papyra.Recognition.FieldExtractor.Run(Document doc)",
          "Papyra.Recognition.RecognitionPipeline.ProcessDocument(Document doc, RecognitionProfile profile)",
          "Papyra.Capture.CaptureJob.<ProcessAsync>d__41.MoveNext()"]),
        ("System.AccessViolationException: Attempted to read or write protected memory. This is often an indication that other memory is corrupt.",
         ["PapyraOcr.Native.OcrEngine.RecognizePage(IntPtr handle, Int32 pageIndex)",
          "Papyra.Recognition.Ocr.NativeOcrAdapter.Recognize(PageImage image, String language)",
          "Papyra.Recognition.RecognitionPipeline.ProcessDocument(Document doc, RecognitionProfile profile)"]),
        ("System.IndexOutOfRangeException: Index was outside the bounds of the array.",
         ["Papyra.Recognition.QrBill.SwissQrParser.ParseAddress(String[] lines, Int32 offset)",
          "Papyra.Recognition.QrBill.SwissQrParser.Parse(String payload)",
          "Papyra.Recognition.Barcode.BarcodeStage.Execute(Document doc)",
          "Papyra.Recognition.RecognitionPipeline.ProcessDocument(Document doc, RecognitionProfile profile)"]),
        ("System.ArgumentOutOfRangeException: Length cannot be less than zero. (Parameter 'length')",
         ["System.String.Substring(Int32 startIndex, Int32 length)",
          "Papyra.Recognition.Fields.IbanField.Normalize(String raw)",
          "Papyra.Recognition.FieldExtractor.Run(Document doc)",
          "Papyra.Capture.CaptureJob.<ProcessAsync>d__41.MoveNext()"]),
    ],
    "db": [
        ("System.Data.SQLite.SQLiteException (0x800007EF): database disk image is malformed",
         ["System.Data.SQLite.SQLite3.Reset(SQLiteStatement stmt)",
          "System.Data.SQLite.SQLiteDataReader.NextResult()",
          "Papyra.Storage.Sqlite.SqliteDocumentRepository.LoadIndex(Int64 archiveId)",
          "Papyra.Storage.ArchiveService.OpenArchive(ArchiveInfo info)"]),
        ("Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_DocumentPages'. Cannot insert duplicate key in object 'dbo.DocumentPages'.",
         ["Microsoft.Data.SqlClient.SqlCommand.ExecuteNonQuery()",
          "Papyra.Storage.SqlServer.PageRepository.Insert(DocumentPage page)",
          "Papyra.Storage.ArchiveService.StoreDocument(Document doc, StoreOptions options)",
          "Papyra.Capture.CaptureJob.<CommitAsync>d__44.MoveNext()"]),
        ("Papyra.Storage.StoreConsistencyException: Blob 7f3a9c1e-2b41-4d0e-9a55-0c1f7e2d8b90 referenced by document 48213 not found in store.",
         ["Papyra.Storage.FileStore.BlobStore.Open(Guid blobId)",
          "Papyra.Storage.ArchiveService.GetContent(Int64 documentId)",
          "Papyra.Desktop.Viewer.DocumentViewModel.LoadAsync()"]),
        ("Npgsql.PostgresException (0x80004005): 23503: insert or update on table \"document_tag\" violates foreign key constraint \"fk_document_tag_document\"",
         ["Npgsql.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode)",
          "Papyra.Storage.Postgres.TagRepository.Assign(Int64 documentId, Int32 tagId)",
          "Papyra.Storage.ArchiveService.ApplyTags(Document doc)"]),
    ],
    "expfmt": [
        ("System.FormatException: Input string was not in a correct format.",
         ["System.Number.ThrowOverflowOrFormatException(ParsingStatus status, TypeCode type)",
          "System.Decimal.Parse(String s, IFormatProvider provider)",
          "Papyra.Export.Bookings.BookingWriter.WriteAmount(BookingLine line)",
          "Papyra.Export.ExportRunner.Run(ExportProfile profile)"]),
        ("System.ArgumentNullException: Value cannot be null. (Parameter 'accountNumber')",
         ["Papyra.Export.Bookings.BookingLine..ctor(String accountNumber, Decimal amount)",
          "Papyra.Export.Bookings.BookingBuilder.Build(Document doc, ExportProfile profile)",
          "Papyra.Export.ExportRunner.Run(ExportProfile profile)"]),
    ],
    "abacus": [
        ("System.InvalidOperationException: Sequence contains no matching element",
         ["System.Linq.ThrowHelper.ThrowNoMatchException()",
          "Papyra.Export.Abacus.AbacusXmlExporter.ResolveVatCode(Decimal rate)",
          "Papyra.Export.Abacus.AbacusXmlExporter.Export(IEnumerable`1 docs)",
          "Papyra.Export.ExportRunner.Run(ExportProfile profile)"]),
    ],
    "xml": [
        ("System.ArgumentException: '\\u0002', hexadecimal value 0x02, is an invalid character.",
         ["System.Xml.XmlUtf8RawTextWriter.InvalidXmlChar(Int32 ch, Byte* pDst, Boolean entitize)",
          "System.Xml.XmlWellFormedWriter.WriteString(String text)",
          "Papyra.Export.Xml.GenericXmlExporter.WriteField(FieldValue value)",
          "Papyra.Export.ExportRunner.Run(ExportProfile profile)"]),
    ],
    "script": [
        ("Papyra.Scripting.ScriptRuntimeException: Script 'Eingang_Routing' line 37: Cannot read property 'Value' of null",
         ["Papyra.Scripting.Engine.JsHost.Invoke(String function, Object[] args)",
          "Papyra.Rules.ScriptRule.Evaluate(Document doc)",
          "Papyra.Rules.RuleEngine.Apply(Document doc, RuleSet set)",
          "Papyra.Capture.CaptureJob.<RouteAsync>d__47.MoveNext()"]),
        ("System.StackOverflowException: Exception of type 'System.StackOverflowException' was thrown.",
         ["Papyra.Rules.PatternRule.Match(Document doc, MatchContext ctx)",
          "Papyra.Rules.PatternRule.Match(Document doc, MatchContext ctx)",
          "Papyra.Rules.PatternRule.Match(Document doc, MatchContext ctx)",
          "Papyra.Rules.RuleEngine.Apply(Document doc, RuleSet set)"]),
        ("System.Text.RegularExpressions.RegexMatchTimeoutException: The Regex engine has timed out while trying to match a pattern to an input string.",
         ["System.Text.RegularExpressions.Regex.Match(String input)",
          "Papyra.Rules.PatternRule.ExtractGroup(String text, String pattern)",
          "Papyra.Rules.RuleEngine.Apply(Document doc, RuleSet set)"]),
    ],
    "ui": [
        ("System.InvalidOperationException: Collection was modified; enumeration operation may not execute.",
         ["System.Collections.Generic.List`1.Enumerator.MoveNext()",
          "Papyra.Desktop.Inbox.InboxViewModel.RefreshCounters()",
          "Papyra.Desktop.Inbox.InboxViewModel.<OnDocumentFiled>b__52_0()",
          "System.Windows.Threading.Dispatcher.Invoke(Action callback)"]),
        ("System.NullReferenceException: Object reference not set to an instance of an object.",
         ["Papyra.Desktop.Shell.MainWindowViewModel.RestoreLayout(LayoutState state)",
          "Papyra.Desktop.Shell.MainWindow.OnLoaded(Object sender, RoutedEventArgs e)",
          "System.Windows.EventRoute.InvokeHandlersImpl(Object source, RoutedEventArgs args, Boolean reRaised)"]),
    ],
    "settings": [
        ("System.NullReferenceException: Object reference not set to an instance of an object.",
         ["Papyra.Desktop.Settings.DisplayOptionsPage.LoadThemes()",
          "Papyra.Desktop.Settings.OptionsDialog.SelectPage(String key)",
          "Papyra.Desktop.Settings.OptionsDialog.OnShown(EventArgs e)"]),
        ("System.FormatException: String '' was not recognized as a valid DateTime.",
         ["System.DateTime.Parse(String s, IFormatProvider provider)",
          "Papyra.Desktop.Settings.RegionalOptionsPage.Bind(UserSettings settings)",
          "Papyra.Desktop.Settings.OptionsDialog.SelectPage(String key)"]),
    ],
    "scan": [
        ("System.ObjectDisposedException: Cannot access a disposed object. Object name: 'TwainSession'.",
         ["Papyra.Capture.Twain.TwainSession.Acquire(ScanSettings settings)",
          "Papyra.Capture.ScanService.<ScanAsync>d__18.MoveNext()",
          "Papyra.Desktop.Scan.ScanDialog.OnScanClicked(Object sender, EventArgs e)"]),
        ("System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
         ["System.IO.MemoryStream.set_Capacity(Int32 value)",
          "Papyra.Capture.ScanService.AppendPage(ScanBatch batch, Bitmap page)",
          "Papyra.Capture.Twain.TwainSession.OnTransferReady(Object sender, TransferReadyEventArgs e)"]),
    ],
    "viewer": [
        ("System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
         ["System.Drawing.Bitmap..ctor(Int32 width, Int32 height, PixelFormat format)",
          "Papyra.Desktop.Viewer.ThumbnailCache.Render(PageImage page, Size size)",
          "Papyra.Desktop.Viewer.ThumbnailStrip.OnPaint(PaintEventArgs e)"]),
        ("System.ArgumentException: Parameter is not valid.",
         ["System.Drawing.Image.FromStream(Stream stream, Boolean useEmbeddedColorManagement, Boolean validateImageData)",
          "Papyra.Desktop.Viewer.PageRenderer.Render(DocumentPage page, Int32 dpi)",
          "Papyra.Desktop.Viewer.DocumentViewModel.<LoadPagesAsync>d__33.MoveNext()"]),
    ],
    "print": [
        ("System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
         ["Papyra.Desktop.Printing.PrintJobBuilder.AddPage(DocumentPage page)",
          "Papyra.Desktop.Printing.PrintJobBuilder.Build(IReadOnlyList`1 documents)",
          "Papyra.Desktop.Printing.PrintCommand.Execute(Object parameter)"]),
        ("System.ComponentModel.Win32Exception (0x80004005): The handle is invalid",
         ["System.Drawing.Printing.StandardPrintController.OnStartPrint(PrintDocument document, PrintEventArgs e)",
          "Papyra.Desktop.Printing.BatchPrinter.Print(PrintQueue queue)",
          "Papyra.Desktop.Printing.PrintCommand.Execute(Object parameter)"]),
    ],
    "twofa": [
        ("System.InvalidOperationException: The calling thread cannot access this object because a different thread owns it.",
         ["System.Windows.Threading.Dispatcher.VerifyAccess()",
          "Papyra.Desktop.Security.TwoFactorEnrollWindow.ShowSecret(EnrollmentSecret secret)",
          "Papyra.Desktop.Security.TwoFactorEnrollWindow.<StartEnrollmentAsync>d__12.MoveNext()"]),
        ("System.ArgumentException: The data is too long for the selected QR code version.",
         ["Papyra.Security.TwoFactor.QrEnrollmentCode.Render(String otpauthUri)",
          "Papyra.Desktop.Security.TwoFactorEnrollWindow.ShowSecret(EnrollmentSecret secret)",
          "Papyra.Desktop.Security.TwoFactorEnrollWindow.<StartEnrollmentAsync>d__12.MoveNext()"]),
    ],
    "setup": [
        ("System.IO.FileLoadException: Could not load file or assembly 'Papyra.Storage, Version=7.0.0.0, Culture=neutral, PublicKeyToken=null'.",
         ["Papyra.Setup.Migrations.MigrationRunner.Run(MigrationContext ctx)",
          "Papyra.Setup.Steps.UpgradeDatabaseStep.Execute(SetupContext ctx)",
          "Papyra.Setup.Installer.RunSteps()"]),
        ("System.NullReferenceException: Object reference not set to an instance of an object.",
         ["Papyra.Setup.Migrations.M0612_SplitPageTable.Up(MigrationContext ctx)",
          "Papyra.Setup.Migrations.MigrationRunner.Run(MigrationContext ctx)",
          "Papyra.Setup.Steps.UpgradeDatabaseStep.Execute(SetupContext ctx)"]),
    ],
    "lic": [
        ("Papyra.Licensing.LicenseStateException: Seat table corrupt: 14 active leases for 10 seats",
         ["Papyra.Licensing.SeatCounter.Acquire(String machineId)",
          "Papyra.Licensing.LicenseService.CheckOut(ClientInfo client)",
          "Papyra.Server.Api.LicenseController.Checkout(CheckoutRequest req)"]),
        ("System.Security.Cryptography.CryptographicException: Bad Data.",
         ["System.Security.Cryptography.RSACryptoServiceProvider.VerifyHash(Byte[] hash, Byte[] signature)",
          "Papyra.Licensing.LicenseFile.VerifySignature()",
          "Papyra.Licensing.LicenseService.Load(String path)"]),
    ],
    "auth": [
        ("System.DirectoryServices.DirectoryServicesCOMException (0x8007203A): The server is not operational.",
         ["System.DirectoryServices.DirectoryEntry.Bind(Boolean throwIfFail)",
          "Papyra.Security.Ad.AdUserSync.LoadGroups(String upn)",
          "Papyra.Security.PermissionService.Resolve(UserIdentity identity)"]),
        ("System.InvalidOperationException: Nullable object must have a value.",
         ["Papyra.Security.Permissions.AclEvaluator.Evaluate(Int64 folderId, UserIdentity user)",
          "Papyra.Security.PermissionService.CanRead(Int64 documentId, UserIdentity user)",
          "Papyra.Server.Api.DocumentsController.Get(Int64 id)"]),
    ],
    "proxy": [
        ("System.Net.Http.HttpRequestException: Response status code does not indicate success: 407 (Proxy Authentication Required).",
         ["System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
          "Papyra.Desktop.Updates.UpdateChecker.<CheckAsync>d__9.MoveNext()",
          "Papyra.Desktop.App.<OnStartupAsync>d__14.MoveNext()"]),
        ("System.ComponentModel.Win32Exception (0x80090302): The function requested is not supported",
         ["System.Net.NTAuthentication.GetOutgoingBlob(Byte[] incomingBlob, Boolean throwOnError, SecurityStatusPal& statusCode)",
          "System.Net.Http.AuthenticationHelper.SendWithNtAuthAsync(HttpRequestMessage request, Uri authUri, ICredentials credentials)",
          "Papyra.Desktop.Updates.UpdateChecker.<CheckAsync>d__9.MoveNext()"]),
    ],
    "net": [
        ("System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure: RemoteCertificateChainErrors",
         ["System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)",
          "Papyra.Client.Transport.ServerConnection.ConnectAsync(Uri endpoint)",
          "Papyra.Desktop.App.OnStartup(StartupEventArgs e)"]),
        ("System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.",
         ["System.Net.Http.HttpConnection.SendAsyncCore(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
          "Papyra.Client.Transport.SyncClient.PushAsync(ChangeSet changes)",
          "Papyra.Client.Sync.SyncWorker.<RunAsync>d__22.MoveNext()"]),
    ],
}


def trace(rng: random.Random, kind: str) -> str:
    exc, frames = rng.choice(_EXC[kind])
    lines = [exc]
    for f in frames:
        if rng.random() < 0.35 and f.startswith("Papyra") and "<" not in f:
            mod = f.split(".")[1]
            cls = f.split("(")[0].split(".")[-2]
            lines.append(f"   at {f} in D:\\a\\papyra\\src\\{mod}\\{cls}.cs:line {rng.randint(40, 900)}")
        else:
            lines.append(f"   at {f}")
    if rng.random() < 0.3:
        lines.append("   --- End of stack trace from previous location ---")
        lines.append("   at Papyra.Common.Tasks.TaskRunner.<RunGuarded>d__5.MoveNext()")
    return "\n\n" + "\n".join(lines) + "\n\n"


def eventlog(rng: random.Random) -> str:
    v = rng.choice(VERSIONS)
    mod = rng.choice(["PapyraOcr.dll", "ntdll.dll", "KERNELBASE.dll", "clr.dll", "PapyraTwain32.dll", "coreclr.dll"])
    exc = rng.choice(["0xc0000005", "0xe0434352", "0xc0000409", "0xc0000374"])
    return ("\n\nFaulting application name: Papyra.Desktop.exe, version: " + v + ".0\n"
            f"Faulting module name: {mod}\nException code: {exc}\n"
            f"Fault offset: 0x{rng.randint(0x10000, 0xfffff):08x}\n"
            f"Faulting process id: 0x{rng.randint(0x100, 0x4fff):x}\n\n")


def logline(rng: random.Random, kind: str) -> str:
    ts = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(100, 999)}"
    msgs = {
        "export": ["ERROR [ExportWorker] Export profile 'Buchhaltung' failed: 0 of {n} records written",
                   "WARN  [ExportWorker] VAT code mapping missing for rate 8.1, falling back to default",
                   "ERROR [ExportWorker] Target folder not writable: access denied"],
        "api": ["ERROR [ApiHost] POST /api/v2/documents -> 500 (InternalServerError) traceId=00-{h}-01",
                "ERROR [ApiHost] POST /api/v2/documents/upload -> 500 System.InvalidOperationException: Stream was not readable"],
        "db": ["ERROR [StoreChecker] 37 documents reference missing blobs",
               "ERROR [Backup] Backup job 'Nightly' aborted: The process cannot access the file because it is being used by another process",
               "FATAL [ArchiveService] Index mismatch: 1204 rows in index, 1198 documents in store"],
        "proxy": [
        ("System.Net.Http.HttpRequestException: Response status code does not indicate success: 407 (Proxy Authentication Required).",
         ["System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
          "Papyra.Desktop.Updates.UpdateChecker.<CheckAsync>d__9.MoveNext()",
          "Papyra.Desktop.App.<OnStartupAsync>d__14.MoveNext()"]),
        ("System.ComponentModel.Win32Exception (0x80090302): The function requested is not supported",
         ["System.Net.NTAuthentication.GetOutgoingBlob(Byte[] incomingBlob, Boolean throwOnError, SecurityStatusPal& statusCode)",
          "System.Net.Http.AuthenticationHelper.SendWithNtAuthAsync(HttpRequestMessage request, Uri authUri, ICredentials credentials)",
          "Papyra.Desktop.Updates.UpdateChecker.<CheckAsync>d__9.MoveNext()"]),
    ],
    "net": ["ERROR [SyncClient] Connection to https://papyra-server:8443 failed: The SSL connection could not be established",
                "ERROR [LicenseClient] Could not reach licence.papyra.example: 407 Proxy Authentication Required"],
    }
    m = rng.choice(msgs[kind]).replace("{n}", str(rng.randint(2, 400))).replace("{h}", "%032x" % rng.getrandbits(128))
    return f"\n\n{ts} {m}\n\n"


# --------------------------------------------------------------------------- template language

_SLOT = re.compile(r"\{(\w+)\}")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_REG = re.compile(r"<([^<>~]*)~([^<>~]*)>")


def pick_alternatives(text: str, rng: random.Random) -> str:
    """Expand {a|b|c} alternations innermost-first ({a|} makes a part optional)."""
    while True:
        m = _ALT.search(text)
        if not m:
            return text
        text = text[: m.start()] + rng.choice(m.group(1).split("|")) + text[m.end():]


class Mail:
    """Per-mail rendering context: slot values are drawn once and reused within one mail."""

    def __init__(self, rng: random.Random, slots, formal: bool, region: str):
        self.rng = rng
        self.slots = slots  # name -> callable(rng, mail) -> str
        self.values: dict[str, str] = {}
        self.formal = formal
        self.region = region

    def value(self, name: str) -> str:
        if name not in self.values:
            fn = self.slots.get(name)
            if fn is None:
                raise KeyError(f"unknown slot {{{name}}}")
            self.values[name] = fn(self.rng, self)
        return self.values[name]

    def render(self, template: str) -> str:
        protected: list[str] = []

        def slot(m: re.Match) -> str:
            protected.append(self.value(m.group(1)))
            return f"\x00{len(protected) - 1}\x00"

        text = _SLOT.sub(slot, template.replace("{{", "\x01").replace("}}", "\x02"))
        text = _REG.sub(lambda m: m.group(1) if self.formal else m.group(2), text)
        text = pick_alternatives(text, self.rng)
        text = re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], text)
        return text.replace("\x01", "{").replace("\x02", "}")


# --------------------------------------------------------------------------- scenario file parser

def parse_scenarios(text: str, lang: str):
    """Parse the '@ level category' / 'S:' / 'B:' / 'Q:' / '+:' block format into dicts."""
    out = []
    cur = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            _, lvl, cat = line.split()
            cur = {"level": int(lvl), "category": cat, "S": [], "B": [], "Q": [], "+": [], "lang": lang}
            out.append(cur)
            continue
        tag, _, rest = line.partition(":")
        if cur is None or tag not in ("S", "B", "Q", "+"):
            raise ValueError(f"{lang}: bad scenario line: {raw!r}")
        cur[tag].append(rest.strip().replace("\\n", "\n"))
    for i, s in enumerate(out):
        if not s["B"]:
            raise ValueError(f"{lang}: scenario {i} ({s['level']} {s['category']}) has no body")
        s["sid"] = f"{lang}-{i:03d}"
    return out


def parse_full(text: str, lang: str):
    """Parse whole hand-written mails: '@@ level category', 'S: subject', then body lines."""
    out = []
    cur = None
    for raw in text.splitlines():
        if raw.startswith("@@"):
            _, lvl, cat = raw.split()
            cur = {"level": int(lvl), "category": cat, "subject": None, "body": [], "lang": lang}
            out.append(cur)
            continue
        if cur is None:
            continue
        if cur["subject"] is None and raw.startswith("S:"):
            cur["subject"] = raw[2:].strip()
            continue
        cur["body"].append(raw)
    for i, m in enumerate(out):
        m["body"] = "\n".join(m["body"]).strip("\n")
        m["sid"] = f"{lang}-full-{i:03d}"
    return out


# --------------------------------------------------------------------------- typo injector

_ACCENTS = str.maketrans("éèêëàâùûìîïòôçÉÈÀ", "eeeeaauuiiioocEEA")
_UMLAUT_AE = [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")]


def drop_accents(text: str, lang: str, rng: random.Random) -> str:
    if lang == "de":
        if rng.random() < 0.7:
            for a, b in _UMLAUT_AE:
                text = text.replace(a, b)
            return text.replace("ß", "ss")
        return text.translate(str.maketrans("äöüÄÖÜ", "aouAOU"))
    if lang == "it" and rng.random() < 0.5:
        # typical Italian keyboard-less habit: "perche'" / "e'"
        text = re.sub(r"\b(perch|poich|nonch|sar|pu|gi|cos|per)([éèòàù])", lambda m: m.group(1) + m.group(2).translate(_ACCENTS) + "'", text)
    return text.translate(_ACCENTS)


def swap_letters(text: str, rng: random.Random, n: int) -> str:
    words = list(re.finditer(r"\b[^\W\d_]{5,}\b", text))
    if not words:
        return text
    chars = list(text)
    for m in rng.sample(words, min(n, len(words))):
        if "Papyra" in m.group(0):
            continue
        i = rng.randint(m.start() + 1, m.end() - 3)
        kind = rng.random()
        if kind < 0.6:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif kind < 0.8:
            chars[i] = ""
        else:
            chars[i] = chars[i] * 2
    return "".join(chars)


def lowercase_starts(text: str) -> str:
    return re.sub(r"(^|[.!?]\s+|\n)([A-ZÄÖÜÉ])(?=[a-zäöüéè])", lambda m: m.group(1) + m.group(2).lower(), text)


_CODE = re.compile(r"(   at |Exception|ERROR|WARN|FATAL|/api/|\\\\|Faulting|^> |-----|^From:|^Von:|^De :|^Da:)", re.M)


def typo(text: str, lang: str, rng: random.Random) -> str:
    """Apply light typing sloppiness to the prose paragraphs (quoted logs and traces stay intact)."""
    paras = text.split("\n\n")
    r = rng.random()
    return "\n\n".join(p if _CODE.search(p) else _typo_para(p, lang, rng, r) for p in paras)


def _typo_para(text: str, lang: str, rng: random.Random, r: float) -> str:
    if r < 0.45:
        if rng.random() < 0.5:
            text = swap_letters(text, rng, 1)
    elif r < 0.7:
        text = drop_accents(text, lang, rng)
        if rng.random() < 0.4:
            text = swap_letters(text, rng, 1)
    elif r < 0.85:
        text = lowercase_starts(text)
        if rng.random() < 0.5:
            text = swap_letters(text, rng, 1)
    else:
        text = lowercase_starts(drop_accents(text, lang, rng))
        text = re.sub(r"[.](\s)", lambda m: ("" if rng.random() < 0.3 else ".") + m.group(1), text)
    return text
