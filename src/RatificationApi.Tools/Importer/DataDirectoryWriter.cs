using System.Text;
using RatificationApi.Data;

namespace RatificationApi.Importer;

/// <summary>
/// Writes new data files so that <c>data/</c> never holds data that fails validation for longer than it
/// takes to put the old files back: the result is validated in a scratch copy first, then each file is
/// replaced atomically (temp file + rename), validated again in place (another writer may have changed a
/// file meanwhile), and restored on failure.
/// </summary>
internal static class DataDirectoryWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="files"/> (file name → text) into <paramref name="directory"/>; returns the validation problems, empty on success.</summary>
    public static IReadOnlyList<DataError> Write(string directory, IReadOnlyDictionary<string, string> files, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(files);
        var staged = Validate(directory, files, today);
        if (staged.Count > 0)
        {
            return staged;
        }

        // A file new to the directory (reservations.csv in an older data folder) is restored by deleting it.
        var previous = files.Keys.ToDictionary(
            f => f, f => File.Exists(Path.Combine(directory, f)) ? File.ReadAllBytes(Path.Combine(directory, f)) : null, StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            WriteAtomically(Path.Combine(directory, file), Utf8NoBom.GetBytes(text));
        }

        try
        {
            DataSetLoader.Load(directory, today);
            return [];
        }
        catch (DataValidationException ex)
        {
            foreach (var (file, bytes) in previous)
            {
                if (bytes is null)
                {
                    File.Delete(Path.Combine(directory, file));
                }
                else
                {
                    WriteAtomically(Path.Combine(directory, file), bytes);
                }
            }

            return ex.Errors;
        }
    }

    /// <summary>Validates the data as it would be with <paramref name="files"/> replaced, in a scratch copy of the directory.</summary>
    public static IReadOnlyList<DataError> Validate(string directory, IReadOnlyDictionary<string, string> files, DateOnly today) =>
        Load(directory, files, today).Errors;

    /// <summary>
    /// Loads the data as it would be with <paramref name="files"/> replaced, in a scratch copy of the directory: the
    /// data set, or the validation problems (empty on success).
    /// </summary>
    public static (DataSet? Data, IReadOnlyList<DataError> Errors) Load(string directory, IReadOnlyDictionary<string, string> files, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(files);
        var scratch = Directory.CreateTempSubdirectory("import-mtdsg-");
        try
        {
            foreach (var file in DataSetLoader.Files)
            {
                var source = Path.Combine(directory, file);
                if (File.Exists(source))
                {
                    File.Copy(source, Path.Combine(scratch.FullName, file));
                }
            }

            foreach (var (file, text) in files)
            {
                File.WriteAllText(Path.Combine(scratch.FullName, file), text, Utf8NoBom);
            }

            return (DataSetLoader.Load(scratch.FullName, today), []);
        }
        catch (DataValidationException ex)
        {
            return (null, ex.Errors);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    // A rename within one directory replaces the file in one step, so a reader sees the old or the new file, never half of one.
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
