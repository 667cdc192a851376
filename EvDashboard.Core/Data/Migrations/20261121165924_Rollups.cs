using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class Rollups : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChargePointDays",
                columns: table => new
                {
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Authorizations = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedAuthorizations = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargePointDays", x => new { x.ChargePointId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "ConnectorDays",
                columns: table => new
                {
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyWh = table.Column<long>(type: "INTEGER", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargingSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    OccupiedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    AvailableSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    FaultedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    UnavailableSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    OfflineSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    UnknownSeconds = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectorDays", x => new { x.ChargePointId, x.ConnectorId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "RevenueDays",
                columns: table => new
                {
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TariffId = table.Column<int>(type: "INTEGER", nullable: false),
                    TagGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyWh = table.Column<long>(type: "INTEGER", nullable: false),
                    NetMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    VatMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    GrossMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationSeconds = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevenueDays", x => new { x.ChargePointId, x.ConnectorId, x.Day, x.Currency, x.TariffId, x.TagGroup });
                });

            migrationBuilder.CreateTable(
                name: "RollupDirtyDays",
                columns: table => new
                {
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    MarkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupDirtyDays", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "RollupStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstDay = table.Column<int>(type: "INTEGER", nullable: true),
                    LastDay = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SiteHours",
                columns: table => new
                {
                    StartUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalHour = table.Column<int>(type: "INTEGER", nullable: false),
                    Weekday = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyWh = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionsStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    OccupiedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    ObservedSeconds = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteHours", x => x.StartUtc);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChargePointDays_Day",
                table: "ChargePointDays",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorDays_Day",
                table: "ConnectorDays",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_RevenueDays_Day",
                table: "RevenueDays",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_SiteHours_Day",
                table: "SiteHours",
                column: "Day");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChargePointDays");

            migrationBuilder.DropTable(
                name: "ConnectorDays");

            migrationBuilder.DropTable(
                name: "RevenueDays");

            migrationBuilder.DropTable(
                name: "RollupDirtyDays");

            migrationBuilder.DropTable(
                name: "RollupStates");

            migrationBuilder.DropTable(
                name: "SiteHours");
        }
    }
}
