using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class RollupMonths : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RevenueDays_DaySums",
                table: "RevenueDays",
                columns: new[] { "Day", "Currency", "Sessions", "EnergyWh", "NetMinor", "VatMinor", "GrossMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorDays_DaySums",
                table: "ConnectorDays",
                columns: new[] { "Day", "EnergyWh", "Sessions", "FailedSessions", "ChargingSeconds", "OccupiedSeconds", "AvailableSeconds", "FaultedSeconds", "UnavailableSeconds", "OfflineSeconds", "UnknownSeconds" });

            // Month totals of the day rollups (Core/Revenue/Rollups/RollupMonths): derived data read by SQL only, so no entities.
            // WITHOUT ROWID with the month's first day (DayNumber) leading the key: a year is one short range scan.
            migrationBuilder.Sql(@"CREATE TABLE RevenueMonths (Day INTEGER NOT NULL, ChargePointId TEXT NOT NULL, ConnectorId INTEGER NOT NULL,
                Currency TEXT NOT NULL, TariffId INTEGER NOT NULL, TagGroup TEXT NOT NULL, Sessions INTEGER NOT NULL, EnergyWh INTEGER NOT NULL,
                NetMinor INTEGER NOT NULL, VatMinor INTEGER NOT NULL, GrossMinor INTEGER NOT NULL, DurationSeconds INTEGER NOT NULL,
                PRIMARY KEY (Day, ChargePointId, ConnectorId, Currency, TariffId, TagGroup)) WITHOUT ROWID;");
            migrationBuilder.Sql(@"CREATE TABLE ConnectorMonths (Day INTEGER NOT NULL, ChargePointId TEXT NOT NULL, ConnectorId INTEGER NOT NULL,
                Days INTEGER NOT NULL, EnergyWh INTEGER NOT NULL, Sessions INTEGER NOT NULL, FailedSessions INTEGER NOT NULL,
                ChargingSeconds INTEGER NOT NULL, OccupiedSeconds INTEGER NOT NULL, AvailableSeconds INTEGER NOT NULL, FaultedSeconds INTEGER NOT NULL,
                UnavailableSeconds INTEGER NOT NULL, OfflineSeconds INTEGER NOT NULL, UnknownSeconds INTEGER NOT NULL,
                PRIMARY KEY (Day, ChargePointId, ConnectorId)) WITHOUT ROWID;");
            migrationBuilder.Sql(@"CREATE TABLE ChargePointMonths (Day INTEGER NOT NULL, ChargePointId TEXT NOT NULL, Days INTEGER NOT NULL,
                Authorizations INTEGER NOT NULL, RejectedAuthorizations INTEGER NOT NULL, PRIMARY KEY (Day, ChargePointId)) WITHOUT ROWID;");

            // Existing day rows get their months now (DayNumber 0 is julian day 1721425.5), so no rebuild is needed.
            const string month = "CAST(julianday(date(Day + 1721425.5, 'start of month')) - 1721425.5 AS INTEGER)";
            migrationBuilder.Sql($@"INSERT INTO RevenueMonths SELECT {month} AS M, ChargePointId, ConnectorId, Currency, TariffId, TagGroup, SUM(Sessions),
                SUM(EnergyWh), SUM(NetMinor), SUM(VatMinor), SUM(GrossMinor), SUM(DurationSeconds) FROM RevenueDays
                GROUP BY M, ChargePointId, ConnectorId, Currency, TariffId, TagGroup;");
            migrationBuilder.Sql($@"INSERT INTO ConnectorMonths SELECT {month} AS M, ChargePointId, ConnectorId, COUNT(*), SUM(EnergyWh), SUM(Sessions),
                SUM(FailedSessions), SUM(ChargingSeconds), SUM(OccupiedSeconds), SUM(AvailableSeconds), SUM(FaultedSeconds), SUM(UnavailableSeconds),
                SUM(OfflineSeconds), SUM(UnknownSeconds) FROM ConnectorDays GROUP BY M, ChargePointId, ConnectorId;");
            migrationBuilder.Sql($@"INSERT INTO ChargePointMonths SELECT {month} AS M, ChargePointId, COUNT(*), SUM(Authorizations), SUM(RejectedAuthorizations)
                FROM ChargePointDays GROUP BY M, ChargePointId;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ChargePointMonths;");
            migrationBuilder.Sql("DROP TABLE ConnectorMonths;");
            migrationBuilder.Sql("DROP TABLE RevenueMonths;");
            migrationBuilder.DropIndex(
                name: "IX_RevenueDays_DaySums",
                table: "RevenueDays");

            migrationBuilder.DropIndex(
                name: "IX_ConnectorDays_DaySums",
                table: "ConnectorDays");
        }
    }
}
