using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class SampleKeyByTime : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeterSamples_ChargePointId_ConnectorId_Timestamp_Measurand_Phase_Location_Context",
                table: "MeterSamples");

            migrationBuilder.DropIndex(
                name: "IX_MeterSamples_Timestamp_Measurand",
                table: "MeterSamples");

            migrationBuilder.CreateIndex(
                name: "IX_MeterSamples_Timestamp_ChargePointId_ConnectorId_Measurand_Phase_Location_Context",
                table: "MeterSamples",
                columns: new[] { "Timestamp", "ChargePointId", "ConnectorId", "Measurand", "Phase", "Location", "Context" },
                unique: true);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeterSamples_Timestamp_ChargePointId_ConnectorId_Measurand_Phase_Location_Context",
                table: "MeterSamples");

            migrationBuilder.CreateIndex(
                name: "IX_MeterSamples_ChargePointId_ConnectorId_Timestamp_Measurand_Phase_Location_Context",
                table: "MeterSamples",
                columns: new[] { "ChargePointId", "ConnectorId", "Timestamp", "Measurand", "Phase", "Location", "Context" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeterSamples_Timestamp_Measurand",
                table: "MeterSamples",
                columns: new[] { "Timestamp", "Measurand" });
        }
    }
}
