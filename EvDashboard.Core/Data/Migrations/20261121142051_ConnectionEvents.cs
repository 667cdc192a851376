using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class ConnectionEvents : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConnectionEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChargePointId = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionEvents_At",
                table: "ConnectionEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionEvents_ChargePointId_At",
                table: "ConnectionEvents",
                columns: new[] { "ChargePointId", "At" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectionEvents");
        }
    }
}
