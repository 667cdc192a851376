using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class DashboardIndexes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MeterSamples_Timestamp_Measurand",
                table: "MeterSamples",
                columns: new[] { "Timestamp", "Measurand" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorStatusChanges_ReceivedAt",
                table: "ConnectorStatusChanges",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_EndedAt",
                table: "ChargingSessions",
                column: "EndedAt");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeterSamples_Timestamp_Measurand",
                table: "MeterSamples");

            migrationBuilder.DropIndex(
                name: "IX_ConnectorStatusChanges_ReceivedAt",
                table: "ConnectorStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_ChargingSessions_EndedAt",
                table: "ChargingSessions");
        }
    }
}
