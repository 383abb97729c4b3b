using Microsoft.Data.Sqlite;

namespace RatificationApi.Database;

/// <summary>
/// The only code that opens database connections. Requests get read-only connections to the database
/// that was last built completely; the builder gets a private writable one to a new file.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private volatile DatabaseFile? _current;

    /// <summary>The database requests read from, or null before the first build.</summary>
    public string? DatabasePath => _current?.Path;

    public bool IsReady => _current is not null;

    /// <summary>
    /// The database requests read from, or null before the first build. A new object after each build, so that
    /// whatever is derived from one database (an in-memory copy of its rows) can tell that it is out of date.
    /// </summary>
    public DatabaseFile? Current => _current;

    /// <summary>Points every later request at <paramref name="path"/>; requests already running keep their connection.</summary>
    public void UseDatabase(string path) => _current = new DatabaseFile(path, new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
    }.ToString());

    public Task<SqliteConnection> OpenReadOnlyAsync(CancellationToken cancellationToken) =>
        OpenReadOnlyAsync(_current ?? throw new InvalidOperationException("The database has not been built yet."), cancellationToken);

    /// <summary>Opens <paramref name="database"/> read-only, even when a newer one has been built since.</summary>
    public async Task<SqliteConnection> OpenReadOnlyAsync(DatabaseFile database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connection = new SqliteConnection(database.ReadOnlyConnectionString);
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

/// <summary>One built database: its file, and how requests open it.</summary>
public sealed record DatabaseFile(string Path, string ReadOnlyConnectionString);
