using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class TariffsAndInvoices : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CostBreakdownJson",
                table: "ChargingSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CostComputedAt",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CostCurrency",
                table: "ChargingSessions",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CostNetMinor",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CostTotalMinor",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CostVatMinor",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TagGroup",
                table: "ChargingSessions",
                type: "TEXT",
                maxLength: 20,
                nullable: true,
                collation: "NOCASE");

            migrationBuilder.AddColumn<int>(
                name: "TariffVersionId",
                table: "ChargingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InvoiceCounters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceCounters", x => new { x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IssueKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    NetMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    VatMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuyerIdTag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true, collation: "NOCASE"),
                    BuyerGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true, collation: "NOCASE"),
                    PeriodFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    PeriodTo = table.Column<long>(type: "INTEGER", nullable: true),
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreditedInvoiceId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreditedNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SellerJson = table.Column<string>(type: "TEXT", nullable: false),
                    PaymentStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PaymentChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoices_Invoices_CreditedInvoiceId",
                        column: x => x.CreditedInvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tariffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tariffs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvoiceId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Quantity = table.Column<decimal>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NetMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    VatRatePercent = table.Column<decimal>(type: "TEXT", nullable: false),
                    VatMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceLines_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TariffAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TariffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: true),
                    IdTagGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true, collation: "NOCASE"),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TariffAssignments_Tariffs_TariffId",
                        column: x => x.TariffId,
                        principalTable: "Tariffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TariffVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TariffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TariffVersions_Tariffs_TariffId",
                        column: x => x.TariffId,
                        principalTable: "Tariffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_TagGroup_EndedAt",
                table: "ChargingSessions",
                columns: new[] { "TagGroup", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_TariffVersionId",
                table: "ChargingSessions",
                column: "TariffVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_InvoiceId",
                table: "InvoiceLines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_TransactionId",
                table: "InvoiceLines",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CreditedInvoiceId",
                table: "Invoices",
                column: "CreditedInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_IssuedAt",
                table: "Invoices",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_IssueKey",
                table: "Invoices",
                column: "IssueKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Number",
                table: "Invoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Series_Year_Sequence",
                table: "Invoices",
                columns: new[] { "Series", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_TransactionId",
                table: "Invoices",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_TariffAssignments_Scope_ChargePointId_ConnectorId_IdTagGroup",
                table: "TariffAssignments",
                columns: new[] { "Scope", "ChargePointId", "ConnectorId", "IdTagGroup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffAssignments_TariffId",
                table: "TariffAssignments",
                column: "TariffId");

            migrationBuilder.CreateIndex(
                name: "IX_Tariffs_Name",
                table: "Tariffs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffVersions_TariffId_Version",
                table: "TariffVersions",
                columns: new[] { "TariffId", "Version" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ChargingSessions_TariffVersions_TariffVersionId",
                table: "ChargingSessions",
                column: "TariffVersionId",
                principalTable: "TariffVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ChargingSessions_TariffVersions_TariffVersionId",
                table: "ChargingSessions");

            migrationBuilder.DropTable(
                name: "InvoiceCounters");

            migrationBuilder.DropTable(
                name: "InvoiceLines");

            migrationBuilder.DropTable(
                name: "TariffAssignments");

            migrationBuilder.DropTable(
                name: "TariffVersions");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropTable(
                name: "Tariffs");

            migrationBuilder.DropIndex(
                name: "IX_ChargingSessions_TagGroup_EndedAt",
                table: "ChargingSessions");

            migrationBuilder.DropIndex(
                name: "IX_ChargingSessions_TariffVersionId",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "CostBreakdownJson",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "CostComputedAt",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "CostCurrency",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "CostNetMinor",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "CostTotalMinor",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "CostVatMinor",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "TagGroup",
                table: "ChargingSessions");

            migrationBuilder.DropColumn(
                name: "TariffVersionId",
                table: "ChargingSessions");
        }
    }
}
