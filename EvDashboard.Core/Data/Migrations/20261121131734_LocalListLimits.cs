using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class LocalListLimits : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LimitsReadAt",
                table: "LocalListStates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LocalAuthListEnabled",
                table: "LocalListStates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocalAuthListMaxLength",
                table: "LocalListStates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SendLocalListMaxLength",
                table: "LocalListStates",
                type: "INTEGER",
                nullable: true);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LimitsReadAt",
                table: "LocalListStates");

            migrationBuilder.DropColumn(
                name: "LocalAuthListEnabled",
                table: "LocalListStates");

            migrationBuilder.DropColumn(
                name: "LocalAuthListMaxLength",
                table: "LocalListStates");

            migrationBuilder.DropColumn(
                name: "SendLocalListMaxLength",
                table: "LocalListStates");
        }
    }
}
