using System.ComponentModel.DataAnnotations;

namespace RatificationApi.Database;

/// <summary>Where the data files are read from and where the database is built (configuration section <c>Data</c>).</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>The folder holding the CSV files; by default the copy of <c>data/</c> that ships with the build.</summary>
    [Required]
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The folder the SQLite database is built in.</summary>
    [Required]
    public string DatabaseDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "ratification-api");
}
