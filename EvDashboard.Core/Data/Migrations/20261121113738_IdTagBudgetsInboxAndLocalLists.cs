using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class IdTagBudgetsInboxAndLocalLists : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BudgetCostMinor",
                table: "IdTags",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetCurrency",
                table: "IdTags",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BudgetEnergyWh",
                table: "IdTags",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetPeriod",
                table: "IdTags",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerName",
                table: "IdTags",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "IdTags",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                // Tags created before types existed were RFID cards (the demo fleet and the API only made those).
                defaultValue: "RfidCard");

            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "AuthorizationRecords",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                // Only Authorize was recorded before StartTransaction was.
                defaultValue: "Authorize");

            migrationBuilder.AddColumn<int>(
                name: "ConnectorId",
                table: "AuthorizationRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "AuthorizationRecords",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LocalListStates",
                columns: table => new
                {
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    SentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUpdateType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LastResult = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalListStates", x => x.ChargePointId);
                    table.ForeignKey(
                        name: "FK_LocalListStates_ChargePoints_ChargePointId",
                        column: x => x.ChargePointId,
                        principalTable: "ChargePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnknownTagDismissals",
                columns: table => new
                {
                    IdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, collation: "NOCASE"),
                    DismissedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DismissedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnknownTagDismissals", x => x.IdTag);
                });

            migrationBuilder.CreateTable(
                name: "LocalListEntries",
                columns: table => new
                {
                    ChargePointId = table.Column<string>(type: "TEXT", nullable: false),
                    IdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, collation: "NOCASE"),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParentIdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalListEntries", x => new { x.ChargePointId, x.IdTag });
                    table.ForeignKey(
                        name: "FK_LocalListEntries_LocalListStates_ChargePointId",
                        column: x => x.ChargePointId,
                        principalTable: "LocalListStates",
                        principalColumn: "ChargePointId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdTags_Status",
                table: "IdTags",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorizationRecords_IsKnownTag_At",
                table: "AuthorizationRecords",
                columns: new[] { "IsKnownTag", "At" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LocalListEntries");

            migrationBuilder.DropTable(
                name: "UnknownTagDismissals");

            migrationBuilder.DropTable(
                name: "LocalListStates");

            migrationBuilder.DropIndex(
                name: "IX_IdTags_Status",
                table: "IdTags");

            migrationBuilder.DropIndex(
                name: "IX_AuthorizationRecords_IsKnownTag_At",
                table: "AuthorizationRecords");

            migrationBuilder.DropColumn(
                name: "BudgetCostMinor",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "BudgetCurrency",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "BudgetEnergyWh",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "BudgetPeriod",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "OwnerName",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "IdTags");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "AuthorizationRecords");

            migrationBuilder.DropColumn(
                name: "ConnectorId",
                table: "AuthorizationRecords");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "AuthorizationRecords");
        }
    }
}
