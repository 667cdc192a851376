using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class InitialLedger : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuthorizationRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    IdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, collation: "NOCASE"),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsKnownTag = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorizationRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChargePoints",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    IsNew = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastBootAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ChargePointSerialNumber = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    ChargeBoxSerialNumber = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    FirmwareVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Iccid = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Imsi = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MeterType = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    MeterSerialNumber = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    FirmwareStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DiagnosticsStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargePoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommandRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestJson = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ResponseJson = table.Column<string>(type: "TEXT", nullable: true),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ErrorDescription = table.Column<string>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommandRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConnectorStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Info = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    VendorId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    VendorErrorCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectorStatusChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataTransferMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    VendorId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Data = table.Column<string>(type: "TEXT", nullable: true),
                    AnswerStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataTransferMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdTags",
                columns: table => new
                {
                    Value = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, collation: "NOCASE"),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParentIdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true, collation: "NOCASE"),
                    MaxConcurrentSessions = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdTags", x => x.Value);
                });

            migrationBuilder.CreateTable(
                name: "LedgerAnomalies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerAnomalies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeterSamples",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Measurand = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RawValue = table.Column<string>(type: "TEXT", maxLength: 2500, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: true),
                    Wh = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChargingSessions",
                columns: table => new
                {
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, collation: "NOCASE"),
                    StartAuthorization = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReservationId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MeterStartWh = table.Column<long>(type: "INTEGER", nullable: false),
                    StartReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    InterruptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InterruptionReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MeterStopWh = table.Column<long>(type: "INTEGER", nullable: true),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StopIdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StopReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastMeterWh = table.Column<long>(type: "INTEGER", nullable: true),
                    LastMeterAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPowerW = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSocPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    EnergyWh = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargingSessions", x => x.TransactionId);
                    table.ForeignKey(
                        name: "FK_ChargingSessions_ChargePoints_ChargePointId",
                        column: x => x.ChargePointId,
                        principalTable: "ChargePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Connectors",
                columns: table => new
                {
                    ChargePointId = table.Column<string>(type: "TEXT", nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Info = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    VendorId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    VendorErrorCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    StatusSince = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Connectors", x => new { x.ChargePointId, x.ConnectorId });
                    table.ForeignKey(
                        name: "FK_Connectors_ChargePoints_ChargePointId",
                        column: x => x.ChargePointId,
                        principalTable: "ChargePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorizationRecords_At",
                table: "AuthorizationRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorizationRecords_IdTag_At",
                table: "AuthorizationRecords",
                columns: new[] { "IdTag", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_ChargePointId_ConnectorId_StartedAt_MeterStartWh_IdTag",
                table: "ChargingSessions",
                columns: new[] { "ChargePointId", "ConnectorId", "StartedAt", "MeterStartWh", "IdTag" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_ChargePointId_Status",
                table: "ChargingSessions",
                columns: new[] { "ChargePointId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_IdTag_Status",
                table: "ChargingSessions",
                columns: new[] { "IdTag", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_StartedAt",
                table: "ChargingSessions",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CommandRecords_ChargePointId_SentAt",
                table: "CommandRecords",
                columns: new[] { "ChargePointId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorStatusChanges_ChargePointId_ConnectorId_Timestamp_Status_ErrorCode",
                table: "ConnectorStatusChanges",
                columns: new[] { "ChargePointId", "ConnectorId", "Timestamp", "Status", "ErrorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataTransferMessages_ChargePointId_ReceivedAt",
                table: "DataTransferMessages",
                columns: new[] { "ChargePointId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAnomalies_ChargePointId_At",
                table: "LedgerAnomalies",
                columns: new[] { "ChargePointId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MeterSamples_ChargePointId_ConnectorId_Timestamp_Measurand_Phase_Location_Context",
                table: "MeterSamples",
                columns: new[] { "ChargePointId", "ConnectorId", "Timestamp", "Measurand", "Phase", "Location", "Context" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeterSamples_TransactionId_Timestamp",
                table: "MeterSamples",
                columns: new[] { "TransactionId", "Timestamp" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuthorizationRecords");

            migrationBuilder.DropTable(
                name: "ChargingSessions");

            migrationBuilder.DropTable(
                name: "CommandRecords");

            migrationBuilder.DropTable(
                name: "Connectors");

            migrationBuilder.DropTable(
                name: "ConnectorStatusChanges");

            migrationBuilder.DropTable(
                name: "DataTransferMessages");

            migrationBuilder.DropTable(
                name: "IdTags");

            migrationBuilder.DropTable(
                name: "LedgerAnomalies");

            migrationBuilder.DropTable(
                name: "MeterSamples");

            migrationBuilder.DropTable(
                name: "ChargePoints");
        }
    }
}
