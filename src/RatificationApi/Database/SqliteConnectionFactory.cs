using Microsoft.Data.Sqlite;

namespace RatificationApi.Database;

/// <summary>
/// The only code that opens database connections. Requests get read-only connections to the database
/// that was last built completely; the builder gets a private writable one to a new file.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private volatile string? _readOnlyConnectionString;

    /// <summary>The database requests read from, or null before the first build.</summary>
    public string? DatabasePath { get; private set; }

    public bool IsReady => _readOnlyConnectionString is not null;

    /// <summary>Points every later request at <paramref name="path"/>; requests already running keep their connection.</summary>
    public void UseDatabase(string path)
    {
        DatabasePath = path;
        _readOnlyConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public async Task<SqliteConnection> OpenReadOnlyAsync(CancellationToken cancellationToken)
    {
        var connectionString = _readOnlyConnectionString ?? throw new InvalidOperationException("The database has not been built yet.");
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    internal static SqliteConnection OpenForBuild(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
