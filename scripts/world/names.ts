// Given and family names by language, so a lead in Munich is not called Brittany Johnson.

export const FIRST_NAMES: Record<string, string[]> = {
  en: [
    'James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas', 'Mia',
    'Henry', 'Charlotte', 'Jack', 'Amelia', 'Owen', 'Harper', 'Daniel', 'Evelyn', 'Samuel', 'Abigail', 'David',
    'Emily', 'Joseph', 'Ella', 'Carter', 'Grace', 'Wyatt', 'Chloe', 'Nathan', 'Zoe', 'Ryan', 'Nora', 'Aaron',
    'Hannah', 'Priya', 'Raj', 'Wei', 'Mei', 'Andre', 'Keisha', 'Diego', 'Lucia', 'Omar', 'Fatima', 'Tom', 'Sarah',
    'Michael', 'Laura', 'Chris', 'Rachel', 'Ben', 'Megan', 'Sean', 'Aisling', 'Kevin', 'Niamh',
  ],
  de: [
    'Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Leon', 'Sophie', 'Paul', 'Laura', 'Maximilian', 'Julia',
    'Tobias', 'Katharina', 'Florian', 'Lena', 'Sebastian', 'Hannah', 'Moritz', 'Marta', 'Jan', 'Sarah', 'Tim', 'Nina',
  ],
  nl: ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Tess', 'Finn', 'Sanne', 'Bram', 'Lotte', 'Jesse', 'Fleur', 'Ruben', 'Anouk'],
  fr: ['Louis', 'Camille', 'Hugo', 'Léa', 'Gabriel', 'Chloé', 'Arthur', 'Manon', 'Jules', 'Inès', 'Théo', 'Juliette', 'Antoine', 'Claire'],
  es: ['Hugo', 'Lucía', 'Martín', 'Sofía', 'Pablo', 'María', 'Alejandro', 'Paula', 'Daniel', 'Carmen', 'Javier', 'Elena'],
  sv: ['Erik', 'Elsa', 'Oscar', 'Maja', 'William', 'Alice', 'Hugo', 'Astrid', 'Lars', 'Ingrid', 'Nils', 'Sofia'],
};

export const LAST_NAMES: Record<string, string[]> = {
  en: [
    'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas',
    'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young',
    'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell',
    'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Patel', 'Shah', 'Chen', 'Wang', 'Nguyen', 'Kim', 'Garcia',
    'Rodriguez', 'Murphy', "O'Brien", 'Kelly', 'Walsh', 'Hughes', 'Cooper', 'Reed', 'Bailey', 'Foster', 'Brooks',
  ],
  de: [
    'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch',
    'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Keller', 'Braun', 'Zimmermann', 'Hartmann', 'Krüger', 'Lange',
  ],
  nl: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre'],
  es: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Ruiz', 'Díaz'],
  sv: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindberg'],
};

/** "Léa O'Brien-Müller" → "lea.obrien-muller": the local part of a work email. */
export function emailLocal(first: string, last: string): string {
  const clean = (s: string) =>
    s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^a-z-]/g, '');
  return `${clean(first)}.${clean(last)}`;
}
