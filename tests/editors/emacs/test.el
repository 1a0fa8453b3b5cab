;;; test.el --- Emacs (eglot) attaches the built Byline server to a plain article  -*- lexical-binding: t -*-

;; Run by run.sh in batch mode: BYLINE_SERVER_DLL is the server, BYLINE_ARTICLE the article (in a folder not
;; named seeds, as a user's would be). Checks what a user sees: pushed diagnostics in flymake (eglot cannot
;; pull), BYL0001 underlining the claim's head rather than the whole sentence, hover on an entity and on a
;; sentence, and the outline (textDocument/documentSymbol and imenu).
;; Prints one line per check and ends with "N passed, N failed"; exits 0 only when every check passed.

;;; Code:

(require 'package)
;; Debian's elpa-eglot lives in /usr/share/emacs/site-lisp/elpa, which -Q leaves out.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'flymake)
(require 'imenu)
(require 'seq)

(defvar byline-test-server-dll (or (getenv "BYLINE_SERVER_DLL") (error "BYLINE_SERVER_DLL is not set")))
(defvar byline-test-article (or (getenv "BYLINE_ARTICLE") (error "BYLINE_ARTICLE is not set")))
(defvar byline-test-timeout (/ (string-to-number (or (getenv "BYLINE_EMACS_TIMEOUT_MS") "60000")) 1000.0))

(defvar byline-test-passed 0)
(defvar byline-test-failed 0)

(defun byline-test-out (line)
  (princ (concat line "\n")))

(defun byline-test-check (name ok &optional detail)
  "Count and print the check NAME; DETAIL says what was seen when it failed."
  (if ok
      (progn (setq byline-test-passed (1+ byline-test-passed))
             (byline-test-out (concat "ok - " name)))
    (setq byline-test-failed (1+ byline-test-failed))
    (byline-test-out (concat "not ok - " name (if detail (format ": %s" detail) ""))))
  ok)

(defun byline-test-finish ()
  (byline-test-out (format "%d passed, %d failed" byline-test-passed byline-test-failed))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if (= byline-test-failed 0) 0 1)))

(defun byline-test-wait (predicate)
  "Let processes and timers run until PREDICATE holds or the timeout passes; return its last value."
  (let ((deadline (+ (float-time) byline-test-timeout))
        (value nil))
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

;; A clean session: no backups, lock files or prompts; the server is whatever run.sh built.
(setq make-backup-files nil create-lockfiles nil eglot-autoshutdown nil
      eglot-sync-connect byline-test-timeout eglot-connect-timeout byline-test-timeout)
;; The README's setting (with the built server).
(add-to-list 'eglot-server-programs
             `(((markdown-mode :language-id "markdown") (text-mode :language-id "plaintext"))
               . ("dotnet" ,byline-test-server-dll "--stdio")))

(find-file byline-test-article)
(text-mode)
(condition-case err
    (apply #'eglot (eglot--guess-contact))
  (error (byline-test-check "eglot starts the server" nil (error-message-string err))
         (byline-test-finish)))

(unless (byline-test-check "eglot connects and manages the article"
                           (byline-test-wait (lambda () (and (eglot-current-server) eglot--managed-mode))))
  (byline-test-finish))
(let ((server (eglot-current-server)))
  (byline-test-check "the server offers no pull diagnostics to a client that cannot pull"
                     (null (plist-get (eglot--capabilities server) :diagnosticProvider))))

(byline-test-check "diagnostics are pushed and shown by flymake"
                   (byline-test-wait (lambda () (flymake-start) (flymake-diagnostics)))
                   "no flymake diagnostics")

(defun byline-test-text (diagnostic)
  (buffer-substring-no-properties (flymake-diagnostic-beg diagnostic) (flymake-diagnostic-end diagnostic)))

(defun byline-test-sentence-at (position)
  "The sentence around POSITION: from the previous full stop (or line start) to the next."
  (save-excursion
    (goto-char position)
    (let ((start (max (line-beginning-position) (or (save-excursion (search-backward ". " (line-beginning-position) t)) 0)))
          (end (or (save-excursion (search-forward "." (line-end-position) t)) (line-end-position))))
      (string-trim (buffer-substring-no-properties (if (> start (line-beginning-position)) (+ start 2) start) end)))))

(let* ((claims (seq-filter (lambda (d) (string-match-p "No source backs this claim" (flymake-diagnostic-text d)))
                           (flymake-diagnostics)))
       (claim (seq-find (lambda (d) (string-match-p "formally contains" (byline-test-sentence-at (flymake-diagnostic-beg d))))
                        claims)))
  (byline-test-check "an unattributed claim is flagged (BYL0001)" claims (length claims))
  (byline-test-check "BYL0001 underlines the claim's head, not the whole sentence"
                     (and claim
                          (string-prefix-p "formally contains" (byline-test-text claim))
                          (< (length (byline-test-text claim)) (length (byline-test-sentence-at (flymake-diagnostic-beg claim)))))
                     (and claim (byline-test-text claim))))

(defun byline-test-hover (needle)
  "The hover text at the first occurrence of NEEDLE, one character in."
  (save-excursion
    (goto-char (point-min))
    (if (not (search-forward needle nil t))
        (format "not in the article: %s" needle)
      (goto-char (1+ (match-beginning 0)))
      (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
        (or (plist-get (plist-get hover :contents) :value) "")))))

(let ((entity (byline-test-hover "Reuters")))
  (byline-test-check "hover on an entity shows its card" (string-search "**Reuters** · Organization" entity) entity))
(let ((sentence (byline-test-hover "formally contains")))
  (byline-test-check "hover on a sentence says why it is flagged"
                     (and (string-search "Claim · unattributed" sentence) (string-search "BYL0001" sentence)) sentence))

(let* ((symbols (append (jsonrpc-request (eglot-current-server) :textDocument/documentSymbol
                                         `(:textDocument ,(eglot--TextDocumentIdentifier)))
                        nil))
       (first (car symbols))
       (last (car (last symbols))))
  (byline-test-check "document symbols answer" symbols)
  (byline-test-check "the outline starts with the headline"
                     (and first (= (plist-get first :kind) 1) (string-prefix-p "Anti-Daesh" (plist-get first :name)))
                     (and first (plist-get first :name)))
  (byline-test-check "the outline ends with the Entities group" (and last (equal (plist-get last :name) "Entities"))))

(let ((index (ignore-errors (funcall imenu-create-index-function))))
  (byline-test-check "imenu lists the outline through eglot" (and index (> (length index) 0)) index))

(byline-test-finish)

;;; test.el ends here
