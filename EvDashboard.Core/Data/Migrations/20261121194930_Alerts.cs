using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class Alerts : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NotifyOwner",
                table: "IdTags",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OwnerEmail",
                table: "IdTags",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerWebhookUrl",
                table: "IdTags",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChainRootId",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ClosedBySystem",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ContinuesTransactionId",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceiptHeldUntil",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ContinuationOff",
                table: "ChargePoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PlaybooksOff",
                table: "ChargePoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AlertConditions",
                columns: table => new
                {
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Since = table.Column<long>(type: "INTEGER", nullable: false),
                    LastTrueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AlertId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertConditions", x => new { x.RuleKey, x.Subject });
                });

            migrationBuilder.CreateTable(
                name: "AlertCursors",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertCursors", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "AlertRuleExclusions",
                columns: table => new
                {
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRuleExclusions", x => new { x.RuleKey, x.ChargePointId });
                    table.ForeignKey(
                        name: "FK_AlertRuleExclusions_ChargePoints_ChargePointId",
                        column: x => x.ChargePointId,
                        principalTable: "ChargePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertRuleSettings",
                columns: table => new
                {
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DebounceSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: true),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailRecipients = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NotifyDriver = table.Column<bool>(type: "INTEGER", nullable: false),
                    QuietStartMinute = table.Column<int>(type: "INTEGER", nullable: true),
                    QuietEndMinute = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRuleSettings", x => x.RuleKey);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConditionSince = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsNotice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcknowledgeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlaybookRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Playbook = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastStepAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextStepAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaybookRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlaybookRuns_ChargePoints_ChargePointId",
                        column: x => x.ChargePointId,
                        principalTable: "ChargePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionContinuations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RootTransactionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousTransactionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, collation: "NOCASE"),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NewTransactionId = table.Column<int>(type: "INTEGER", nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionContinuations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionContinuations_ChargingSessions_PreviousTransactionId",
                        column: x => x.PreviousTransactionId,
                        principalTable: "ChargingSessions",
                        principalColumn: "TransactionId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlertId = table.Column<long>(type: "INTEGER", nullable: true),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_Alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "Alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_ChainRootId",
                table: "ChargingSessions",
                column: "ChainRootId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_AlertId",
                table: "AlertDeliveries",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_Channel_Target_SentAt",
                table: "AlertDeliveries",
                columns: new[] { "Channel", "Target", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_Status_NextAttemptAt",
                table: "AlertDeliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertRuleExclusions_ChargePointId",
                table: "AlertRuleExclusions",
                column: "ChargePointId");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_ChargePointId_RaisedAt",
                table: "Alerts",
                columns: new[] { "ChargePointId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RaisedAt",
                table: "Alerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RuleKey_Subject",
                table: "Alerts",
                columns: new[] { "RuleKey", "Subject" },
                unique: true,
                filter: "\"ResolvedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RuleKey_Subject_RaisedAt",
                table: "Alerts",
                columns: new[] { "RuleKey", "Subject", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_Status_RaisedAt",
                table: "Alerts",
                columns: new[] { "Status", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlaybookRuns_ChargePointId_StartedAt",
                table: "PlaybookRuns",
                columns: new[] { "ChargePointId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlaybookRuns_Playbook_ChargePointId_ConnectorId",
                table: "PlaybookRuns",
                columns: new[] { "Playbook", "ChargePointId", "ConnectorId" },
                unique: true,
                filter: "\"Status\" = 'Running'");

            migrationBuilder.CreateIndex(
                name: "IX_SessionContinuations_ChargePointId_ConnectorId_RequestedAt",
                table: "SessionContinuations",
                columns: new[] { "ChargePointId", "ConnectorId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionContinuations_PreviousTransactionId",
                table: "SessionContinuations",
                column: "PreviousTransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionContinuations_RootTransactionId",
                table: "SessionContinuations",
                column: "RootTransactionId");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertConditions");

            migrationBuilder.DropTable(
                name: "AlertCursors");

            migrationBuilder.DropTable(
                name: "AlertDeliveries");

            migrationBuilder.DropTable(
                name: "AlertRuleExclusions");

            migrationBuilder.DropTable(
                name: "AlertRuleSettings");

            migrationBuilder.DropTable(
                name: "PlaybookRuns");

            migrationBuilder.DropTable(
                name: "SessionContinuations");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropIndex(
                name: "IX_ChargingSessions_ChainRootId",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "NotifyOwner",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "OwnerEmail",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "OwnerWebhookUrl",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "ChainRootId",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "ClosedBySystem",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "ContinuesTransactionId",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "ReceiptHeldUntil",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "ContinuationOff",
                table: "ChargePoints");

            migrationBuilder.DropColumn(
                name: "PlaybooksOff",
                table: "ChargePoints");
        }
    }
}
