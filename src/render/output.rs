//! Output formats and files: DOT as is, or SVG, PNG and PDF rendered by Graphviz's `dot`.
//!
//! A file is rendered in memory first, then written to a temporary file beside the target and renamed over it,
//! so a missing Graphviz, a layout failure or a full disk never leaves a partial or empty file at the target.

use super::RenderError;
use graphviz_rust::cmd::{CommandArg, Format as GvFormat};
use std::io::Write;
use std::path::Path;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Graphviz DOT source.
    Dot,
    /// Scalable Vector Graphics (Chinese stays text).
    Svg,
    /// PNG image.
    Png,
    /// PDF document.
    Pdf,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 4] = [Format::Dot, Format::Svg, Format::Png, Format::Pdf];

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
        }
    }

    /// The format a file name's extension stands for (`.gv` is DOT too).
    pub fn from_path(path: &Path) -> Result<Format, RenderError> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        ext.parse().map_err(|_| {
            RenderError::UnknownFormat(if ext.is_empty() {
                path.display().to_string()
            } else {
                ext.to_owned()
            })
        })
    }
}

impl std::str::FromStr for Format {
    type Err = RenderError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "dot" | "gv" => Ok(Format::Dot),
            "svg" => Ok(Format::Svg),
            "png" => Ok(Format::Png),
            "pdf" => Ok(Format::Pdf),
            _ => Err(RenderError::UnknownFormat(s.to_owned())),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.extension())
    }
}

/// Renders DOT source to the bytes of a format (DOT itself is returned unchanged).
pub fn render(dot: &str, format: Format) -> Result<Vec<u8>, RenderError> {
    let gv = match format {
        Format::Dot => return Ok(dot.as_bytes().to_vec()),
        Format::Svg => GvFormat::Svg,
        Format::Png => GvFormat::Png,
        Format::Pdf => GvFormat::Pdf,
    };
    graphviz_rust::exec_dot(dot.to_owned(), vec![CommandArg::Format(gv)]).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            RenderError::GraphvizMissing
        } else {
            RenderError::Graphviz(e.to_string().trim().to_owned())
        }
    })
}

/// Renders DOT source in `format` and writes it to `path` atomically: the bytes go to a temporary file in the
/// same directory, which is then renamed over `path`. On any error, no file is left behind.
pub fn write_file(dot: &str, path: &Path, format: Format) -> Result<(), RenderError> {
    let bytes = render(dot, format)?;
    write_bytes(path, &bytes)
}

/// Writes bytes to `path` atomically (a temporary file in the same directory, renamed into place), with the
/// permissions of the file it replaces, or read-write for the owner and readable by others for a new file.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), RenderError> {
    let output = |source| RenderError::Output {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".orgkg-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(output)?;
    tmp.write_all(bytes).map_err(output)?;
    tmp.flush().map_err(output)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = std::fs::metadata(path)
            .map(|m| m.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        tmp.as_file().set_permissions(permissions).map_err(output)?;
    }
    tmp.persist(path).map_err(|e| output(e.error))?;
    Ok(())
}
