# Build Switchboard for Windows: the PyInstaller onedir bundle, then the NSIS installer and a
# portable .zip. Run from anywhere, in PowerShell, on Windows (PyInstaller does not cross-build):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1 [-OutDir dist]
#
# Needs: Python 3.11+ with the app and PyInstaller (`pip install -e ".[build]"`, picked up from
# .venv if there is one, else `python`), and NSIS 3 (`choco install nsis` or winget NSIS.NSIS).
# Optional signing: set WINDOWS_CERT_PFX_BASE64 (a base64 .pfx) and WINDOWS_CERT_PASSWORD;
# signtool (Windows SDK) then signs switchboard.exe and the installer. Skipped when absent.
param(
    [string]$OutDir = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
if (-not $OutDir) { $OutDir = Join-Path $Root "dist" }
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$OutDir = (Resolve-Path $OutDir).Path

$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) { $Python = "python" }
$Version = & $Python -c "import sys; sys.path.insert(0, r'$Root'); import app; print(app.__version__)"
if ($LASTEXITCODE -ne 0) { throw "cannot read the version from app/__init__.py" }
$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("switchboard-build-" + [guid]::NewGuid())

Write-Host "== PyInstaller bundle (Switchboard $Version)"
& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath $OutDir --workpath $Work (Join-Path $Root "packaging\switchboard.spec")
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$Bundle = Join-Path $OutDir "switchboard"
$Exe = Join-Path $Bundle "switchboard.exe"
if (-not (Test-Path $Exe)) { throw "no $Exe" }

function Invoke-Sign([string]$Path) {
    if (-not $env:WINDOWS_CERT_PFX_BASE64) { return }
    $pfx = Join-Path $Work "cert.pfx"
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERT_PASSWORD /fd SHA256 `
        /tr http://timestamp.digicert.com /td SHA256 $Path
    if ($LASTEXITCODE -ne 0) { throw "signing $Path failed" }
    Remove-Item $pfx
}
Invoke-Sign $Exe

Write-Host "== NSIS installer"
$Makensis = (Get-Command makensis -ErrorAction SilentlyContinue)
if ($Makensis) { $Makensis = $Makensis.Source } else { $Makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
$Setup = Join-Path $OutDir "Switchboard-$Version-setup.exe"
& $Makensis /V2 "/DVERSION=$Version" "/DBUNDLE_DIR=$Bundle" "/DOUTFILE=$Setup" `
    "/DICON=$(Join-Path $Root 'icons\switchboard.ico')" (Join-Path $PSScriptRoot "switchboard.nsi")
if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
Invoke-Sign $Setup

Write-Host "== portable zip"
$Zip = Join-Path $OutDir "switchboard-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $Bundle -DestinationPath $Zip

Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
Write-Host ("== done: {0} ({1:N1} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))
