import { policyAreaSlugs } from '../../src/features/policy-areas/policy-areas.js';
import type { EventSeed, ReportedFigureSeed, SessionSeed } from '../../src/features/events/types.js';
import type { Locale } from '../../src/web/i18n/locales.js';
import { programmeEs } from './events-2017-es.js';
import { programmeFr } from './events-2017-fr.js';

/**
 * UNCTAD E-Commerce Week 2017 (Geneva, 24–28 April 2017), as its report (UNCTAD/DTL/STICT/2017/7)
 * describes it: every session the report writes up, on its day, with the co-organisers, people,
 * recommendations and conclusions it gives, and the figures it reports. Summaries are in our own words;
 * the programme's French and Spanish are in events-2017-fr.ts and events-2017-es.ts.
 *
 * What the report does not give is left out, never filled in:
 * - Times and rooms: the report lists sessions by day only, so every session is a day-only session
 *   (shown under its day without a time, all-day in calendars) and the week itself has no hours.
 * - Co-organisers: for most days the report lists the day's partners without saying which session each
 *   organised. A session names co-organisers only where the report attributes them to that session;
 *   every day's partners are in the event's `partners`.
 * - Gender: set only where the report says Ms/Mr (or she/he) about that person.
 * - Recommendations are the report's numbered lists, in order; its unnumbered conclusions are outcomes.
 */
const report = 'UNCTAD, E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7)';

const d1 = '2017-04-24';
const d2 = '2017-04-25';
const d3 = '2017-04-26';
const d4 = '2017-04-27';
const d5 = '2017-04-28';

const kituyi = { name: 'Mukhisa Kituyi', title: 'Secretary-General', organisation: 'UNCTAD' } as const;
const sirimanne = {
  name: 'Shamika Sirimanne',
  title: 'Director, Division on Technology and Logistics',
  organisation: 'UNCTAD',
  gender: 'woman',
} as const;
const amandaLong = { name: 'Amanda Long', title: 'Director-General', organisation: 'Consumers International' } as const;

const sessions: SessionSeed[] = [
  // ── 24 April: ten parallel sessions ────────────────────────────────────────────────────────────
  {
    key: 'cybersecurity-and-cybercrime',
    date: d1,
    type: 'panel',
    title: 'Cybersecurity and Cybercrime: New Tools for Better Cyberprotection',
    description:
      "Cybercrime is rising, with consequences for privacy and security online, and it leaves consumers and governments wary of adopting digital technology. The session presented three tools from international organizations: the World Bank-led Cybercrime Assessment Toolkit (www.combattingcybercrime.org), the ITU-led National Cybersecurity Strategy Guide, then being finalised to help governments draw up their cybersecurity strategies, and DiploFoundation's capacity development initiatives. It also heard how Alibaba Security protects its platforms and is building a 'security alliance' with other players in the e-commerce ecosystem, and looked at what blockchain technology can do for security.",
    outcomes: [
      {
        text: "Participants agreed that measures are needed at both national and global level: closer co-operation between states and other stakeholders; consensus on international protocols for an open, secure and reliable cyberspace; harmonised criminal justice systems, for example around the Council of Europe's Budapest Convention; and capacity building tailored to the needs of each group of stakeholders.",
        policyAreas: ['legal-regulatory', 'skills-development'],
      },
      {
        text: 'Legal and regulatory responses should criminalise the relevant conduct, strengthen the powers of law enforcement, and put in place cybersecurity frameworks that cover prevention and allow active defence.',
        policyAreas: ['legal-regulatory'],
      },
    ],
  },
  {
    key: 'global-survey-internet-user-perceptions',
    date: d1,
    type: 'panel',
    title: 'Global Survey of Internet User Perceptions',
    description:
      "New findings from the 2017 CIGI-Ipsos-UNCTAD-ISOC global survey of public attitudes to the Internet and e-commerce in 24 countries, only the third survey of its kind on such a global scale. The session explored national and regional differences and what they mean for global e-commerce and international trade. Commenting on the survey, Pakistan's Minister of State for Information Technology and Telecom observed that most people feel insecure online, girls and women above all, a sign that legal frameworks and tools do not yet give users the same security online as offline.\n\nThe survey: http://unctad.org/meetings/en/Presentation/dtl_eWeek2017p01_CIGI-IPSOS_en.pdf",
    people: [
      {
        name: 'Anusha Rahman Khan',
        title: 'Minister of State for Information Technology and Telecom',
        organisation: 'Government of Pakistan',
        country: 'PAK',
        gender: 'woman',
        role: 'speaker',
      },
    ],
  },
  {
    key: 'data-protection-and-development',
    date: d1,
    type: 'panel',
    title: 'Data Protection, E-Commerce and Development',
    description:
      "Consumer confidence in online shopping is one of the keys to developing e-commerce, and the protection of personal data matters more and more in the digital economy. The session reviewed recent developments in data protection and what they mean for SMEs and for consumers' engagement in e-commerce, from a development perspective, and set out where the adoption of data protection laws stands worldwide, with the release of UNCTAD's latest figures.",
  },
  {
    key: 'fintech-consumer-markets-competition',
    date: d1,
    type: 'panel',
    title: 'The Rise of Fintech and Impact on Consumer Markets and Competition',
    description:
      'Financial technology is changing how consumers borrow, spend and share money. It promises more convenience and wider access to financial services, but it also opens the door to risk and fraud. The panel explored what fintech means for consumers and for competition in global markets.',
  },
  {
    key: 'digital-trade-online-work-eca',
    date: d1,
    type: 'panel',
    title: 'Digital Trade and Online Work in Europe and Central Asia',
    description:
      "Presentation of the Europe and Central Asia regional report *Reaping Digital Dividends*, with a special focus on digital trade and online labour markets. The report identifies the main bottlenecks and argues that policies fostering competition, international trade and the supply of skills will be needed, together with regulation adapted to changing business environments and labour markets. More: www.worldbank.org/eca/digitaldividends",
  },
  {
    key: 'data-flows-and-development',
    date: d1,
    type: 'panel',
    title: 'Data Flows and Development – A Global Industry Perspective',
    description:
      'The session set out to deepen understanding among governments and stakeholders of why data flows are a necessary part of development in a twenty-first-century economy powered by data. Cross-border data flows connect countries, cultures, companies and individuals; they create new sources of growth and employment, and help address major public policy and development challenges, including those of the Sustainable Development Goals.',
  },
  {
    key: 'private-sector-priorities',
    date: d1,
    type: 'panel',
    title: 'Private Sector Views on Priorities for E-Commerce',
    description:
      'Private sector leaders discussed new survey findings on the challenges of developing e-commerce in the developing world and the solutions they see as critical. They considered how business and governments could build a new development paradigm, with the private sector leading and seeding e-commerce development projects and the public sector backing and scaling up best practices. Companies presented new initiatives to open up e-commerce markets and cross-border e-commerce, through new solutions in logistics, payments and SME capacity-building.',
  },
  {
    key: 'e-commerce-in-africa',
    date: d1,
    type: 'panel',
    title: 'E-Commerce in Africa',
    description:
      "The session looked at the digital divide that Africa must bridge to benefit from e-commerce, and at the enabling framework for e-commerce in the region. In the UNCTAD B2C E-commerce Index 2016, Africa ranks lowest on every indicator of e-commerce readiness (Internet use, secure servers per million inhabitants, credit card penetration and postal reliability), and only just over a fifth of its population uses the Internet.\n\nTools presented for African countries included the TrainForTrade programme, which develops skills, knowledge and capacities through a recognised teaching method and up-to-date technology, and initiatives of the UPU: a capacity-building programme to help countries take part in e-commerce, and an E-commerce Guide on the opportunities for Posts and how they can enter the e-commerce market.",
    outcomes: [
      {
        text: 'Unless the underlying transaction and logistics processes improve, online commerce in Africa is likely to stay confined to wealthier populations in urban areas.',
        policyAreas: ['trade-logistics', 'payment-solutions'],
      },
    ],
  },
  {
    key: 'trade-logistics-new-challenges',
    date: d1,
    type: 'panel',
    title: 'E-Commerce and Trade Logistics: New Challenges and Opportunities for International Transport and Trade Facilitation',
    description:
      'Speakers from the public and private sectors considered the new challenges that e-commerce poses for traders and for providers of transport and trade logistics services, including the need for ever more efficient international transport and trade facilitation.',
    outcomes: [
      {
        text: 'From the private sector’s perspective, little has been done to align customs procedures with the rise of small-business trade: SMEs bear higher fixed costs of trade compliance yet have less capacity to comply. Development banks could set up e-commerce capacity-building programmes for willing countries and help each economy assess the net effects of policy scenarios, including on SME exports.',
        policyAreas: ['trade-logistics', 'access-to-financing', 'skills-development'],
      },
      {
        text: 'Other concrete actions suggested: public-private partnerships using big data on e-commerce shipments for customs security assessments (as in ACAS), simplified compliance, and fast-track clearance for trusted eTraders.',
        policyAreas: ['trade-logistics'],
      },
      {
        text: 'From the public sector’s perspective, industry needs to automate its global trade management operations, and reliable real-time order and logistics tracking, so that customers and support teams can follow each delivery to the final customer’s door, should be encouraged.',
        policyAreas: ['trade-logistics', 'ict-infrastructure'],
      },
    ],
  },
  {
    key: 'inclusive-development-china',
    date: d1,
    type: 'panel',
    title: 'Inclusive Development and E-Commerce: Case of China',
    description:
      "An overview of China's experience with e-commerce, at home and across borders, and its impact on inclusive development, with lessons that could help other countries develop e-commerce. A study prepared by AliResearch was released during the session; it offers strategic guidance for policymakers, good practices for MSMEs and solid empirical evidence of inclusive growth (http://unctad.org/meetings/en/Contribution/dtl_eWeek2017c11-aliresearch_en.pdf). The session also compared how China and Korea have used e-commerce to help rural communities become self-sufficient.",
    outcomes: [
      {
        text: 'For inclusive e-commerce growth, governments should extend the reach of digital platforms, encourage private investment in finance, transactions, logistics and credit, encourage innovation, support MSMEs with appropriate fiscal, financial and price policies, and establish an inclusive and fair market system.',
        policyAreas: ['ict-infrastructure', 'access-to-financing', 'legal-regulatory'],
      },
      {
        text: 'International organizations and governments need to improve digital skills training to overcome the shortage of e-commerce talent.',
        policyAreas: ['skills-development'],
      },
    ],
  },

  // ── 25 April: high-level events ─────────────────────────────────────────────────────────────────
  {
    key: 'ministerial-friends-of-e-commerce',
    date: d2,
    type: 'ministerial',
    title: 'E-Commerce for Development Ministerial by the Friends of E-Commerce for Development',
    description:
      "The first Ministerial Meeting of the Group of Friends of E-Commerce for Development (FED) discussed the role of e-commerce and trade in developing countries. Ministers from FED member countries proposed a roadmap of seven priority issues for sustainable economic development, which match the focus of eTrade for all (listed below as recommendations). Argentina's minister called the roadmap an important milestone on the way to the WTO's 11th Ministerial Conference in Buenos Aires in December 2017, one that would help shape the debate on its outcomes and beyond.",
    coOrganisers: [{ slug: 'friends-of-e-commerce-for-development' }],
    people: [
      // The report's wording of her position; we do not correct sources here.
      { name: 'Susana Malcorra', title: 'Minister of Foreign Trade', organisation: 'Government of Argentina', country: 'ARG', role: 'speaker' },
    ],
    recommendations: [
      { text: 'Roadmap priority: identify strategies for e-commerce readiness.', policyAreas: ['readiness-assessment'] },
      { text: 'Roadmap priority: access to ICT infrastructure and services.', policyAreas: ['ict-infrastructure'] },
      { text: 'Roadmap priority: trade logistics and trade facilitation.', policyAreas: ['trade-logistics'] },
      { text: 'Roadmap priority: e-payment solutions.', policyAreas: ['payment-solutions'] },
      { text: 'Roadmap priority: legal certainty and regulatory frameworks.', policyAreas: ['legal-regulatory'] },
      { text: 'Roadmap priority: capacity building and technical assistance.', policyAreas: ['skills-development'] },
      { text: 'Roadmap priority: access to financing.', policyAreas: ['access-to-financing'] },
    ],
  },
  {
    key: 'youth-employment-digital-economy',
    date: d2,
    type: 'panel',
    title: 'Youth Employment in the Digital Economy',
    description:
      'More than 450 young people from around the world took part in the Week, in person or online. The youth session carried the message that e-commerce offers a chance to chart a new path for globalization and holds great potential for inclusive and sustainable development. Disruptive economic trends are changing job markets everywhere, and young people, more than anyone, know they must prepare for it.',
    recommendations: [
      {
        text: 'To meet the challenge of e-commerce, the session proposed updating public school systems in developing countries and closing the quality gap between public and private schooling, so that young people have equal access to quality education, especially in science, technology, engineering and mathematics.',
        policyAreas: ['skills-development'],
      },
      {
        text: 'Young people also need training in using social media platforms for e-commerce and, in non-English-speaking countries, good language programmes, to help them move from school into work in a connected, fast-changing digital economy.',
        policyAreas: ['skills-development'],
      },
      {
        text: 'Allowing cross-border e-payments, promoting online transactions and funding innovation in digital payment platforms were recognised as priorities, so that every part of society, youth included, has equal access to products and equal opportunities to create and expand businesses.',
        policyAreas: ['payment-solutions', 'access-to-financing'],
      },
    ],
  },
  {
    key: 'g20-digital-economy',
    date: d2,
    type: 'panel',
    title: 'G20 Digital Economy – Shaping Digitalization for an Interconnected World and G20 Priorities on Digital Trade',
    description:
      "A chance to learn about and discuss the outcomes of the G20 Trade and Investment Working Group's 'G20 Priorities on Digital Trade' and of the G20 Digital Economy Ministerial Conference under the German Presidency.",
  },
  {
    key: 'launch-etrade-for-all-platform',
    date: d2,
    type: 'launch',
    title: 'Launch of the eTrade for all Online Platform',
    description:
      "Official launch of etradeforall.org, an information hub that helps developing countries find their way through the technical and financial services they can use to drive development through e-commerce. On the platform, countries can connect with potential partners, learn about trends and best practices, find up-to-date e-commerce data and hear about coming e-commerce events. Speakers stressed that it is more than another website: it works on most devices and lets users learn and share with partners and peers.\n\neTrade for all was launched in July 2016, at UNCTAD's fourteenth quadrennial conference, as a global initiative to help developing countries unlock the potential of e-commerce; at the time of the Week it had 22 members among international and regional organizations, national entities and development banks. With Business for eTrade Development, a private-sector-led advisory council of large corporations and small businesses from developed and developing countries, it promotes the uptake of e-commerce for inclusive development.",
    people: [
      {
        name: 'Kyong-lim Choi',
        title: 'Permanent Representative of the Republic of Korea to the United Nations Office and other international organizations in Geneva',
        organisation: 'Permanent Mission of the Republic of Korea',
        country: 'KOR',
        gender: 'man',
        role: 'speaker',
      },
      { ...sirimanne, role: 'speaker' },
    ],
  },
  {
    key: 'high-level-digital-transformation-for-all',
    date: d2,
    type: 'high-level',
    title: 'High-Level Event: Digital Transformation for All: Empowering Entrepreneurs and Small Business',
    description:
      'An interactive dialogue on new ways of using technology and e-commerce for sustainable development, between the heads of UNCTAD, the WTO, the ITU and Consumers International and Jack Ma, founder and chairman of Alibaba Group and UNCTAD Special Adviser for young entrepreneurs and small business. Ministers and chief executives of e-commerce platforms from developing countries took an active part.',
    people: [
      { name: 'Nancy Kacungira', role: 'moderator' },
      { ...kituyi, role: 'speaker' },
      {
        name: 'Jack Ma',
        title: 'Founder and Chairman; Special Adviser to UNCTAD for Young Entrepreneurs and Small Business',
        organisation: 'Alibaba Group',
        role: 'speaker',
      },
      { name: 'Roberto Azevêdo', title: 'Director-General', organisation: 'World Trade Organization', role: 'speaker' },
      { name: 'Houlin Zhao', title: 'Secretary-General', organisation: 'International Telecommunication Union', role: 'speaker' },
      { ...amandaLong, role: 'speaker' },
    ],
    outcomes: [
      {
        text: 'A wide gap has opened between the countries and firms able to seize digital opportunities and those that cannot. Existing platforms and rules for global trade are skewed towards large corporations, leaving few openings for small and medium-sized enterprises, about 80 per cent of all businesses, and especially for young entrepreneurs, women in business and entrepreneurs from other vulnerable groups.',
        policyAreas: ['legal-regulatory', 'readiness-assessment'],
      },
      {
        text: 'Jack Ma urged policymakers to create an enabling environment in which small businesses and young people can engage effectively in e-commerce, which creates jobs and opportunities for young entrepreneurs in developing countries, and encouraged aspiring entrepreneurs to be brave and embrace change and new technologies.',
        policyAreas: ['legal-regulatory', 'skills-development'],
      },
    ],
  },

  // ── 26 April ────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'digital-commerce-course-kickstart',
    date: d3,
    type: 'course',
    title: 'Kickstart of the Digital Commerce Course: Internet Functionality and Business Models',
    description:
      "Open to all participants of the Week, this session started the course on Digital Commerce delivered by the Geneva Internet Platform (GIP) with the International Trade Centre (ITC), CUTS International (Consumer Unity & Trust Society), UNCTAD and DiploFoundation. It introduced the course's first module, 'Internet functionality and online business models': the basics of how the Internet works that matter for e-commerce, and the flows of money, services and profit on the Internet that shape discussions on digital commerce.",
    coOrganisers: [
      { slug: 'geneva-internet-platform' },
      { slug: 'itc' },
      { slug: 'cuts-international' },
      { slug: 'unctad' },
      { slug: 'diplofoundation' },
    ],
  },
  {
    key: 'ldc-etrade-readiness',
    date: d3,
    type: 'panel',
    title: 'Special Session on Assessing E-trade Readiness of the Least Developed Countries',
    description:
      "How can the least developed countries (LDCs) be helped to catch up, adjust and innovate? The session discussed how to mainstream ICT and e-commerce in national development plans and how to balance strict regulation against innovation. Readiness for e-trade means looking at the supply side, from payment solutions to logistics, and at the demand side: connectivity, its use, and trust.\n\nBhutan's Minister for Economic Affairs said strong ICT policies, technologies and platforms had greatly improved productivity and service delivery in his country. Cambodia's Minister of Commerce described the set of actions that Cambodia's eTrade Readiness Assessment proposes to stakeholders in and outside the country, and UNCTAD's Secretary-General said the assessments would greatly support strategies and policies that harness digital trade for growth and sustainable development.",
    coOrganisers: [{ slug: 'unctad' }, { slug: 'eif' }],
    people: [
      { name: 'Lekey Dorji', title: 'Minister for Economic Affairs', organisation: 'Government of Bhutan', country: 'BTN', gender: 'man', role: 'speaker' },
      { name: 'Pan Sorasak', title: 'Minister of Commerce', organisation: 'Royal Government of Cambodia', country: 'KHM', role: 'speaker' },
      { ...kituyi, role: 'speaker' },
    ],
    recommendations: [
      {
        text: 'Help LDCs take stock of their readiness for e-commerce by carrying out more eTrade Readiness Assessments (eT Ready) under the eTrade for all initiative.',
        policyAreas: ['readiness-assessment'],
      },
      {
        text: 'Step up resource mobilisation to seize the window of opportunity opened in 2017 by the German Presidency of the G20, the Global Review of Aid for Trade and the WTO’s 11th Ministerial Conference.',
        policyAreas: ['access-to-financing'],
      },
      {
        text: 'Help LDCs mobilise resources locally to act on the findings, conclusions and action matrix of their eTrade Readiness Assessment.',
        policyAreas: ['access-to-financing', 'readiness-assessment'],
      },
      {
        text: 'Keep up the dialogue with all stakeholders through the eTrade for all platform, giving access to UNCTAD’s other work related to ICT.',
        policyAreas: ['readiness-assessment', 'skills-development'],
      },
      {
        text: 'Intensify partnerships within the eTrade for all initiative, and bring more of the relevant national stakeholders into dialogue on e-commerce and ICT through National Steering Committees.',
        policyAreas: ['readiness-assessment'],
      },
      {
        text: 'Keep contributing to eTrade for all activities with technical know-how, up-to-date information and best practices.',
        policyAreas: ['skills-development'],
      },
      { text: 'Dedicate Aid for Trade resources to developing e-commerce ecosystems in LDCs.', policyAreas: ['access-to-financing'] },
      {
        text: 'Share information on grants, loans, projects and programmes that could support SME and business development in LDCs, such as incubators and business advocacy.',
        policyAreas: ['access-to-financing', 'skills-development'],
      },
    ],
    outcomes: [
      {
        text: 'eTrade Readiness Assessments give LDCs an entry point and a holistic view of where their country stands, but implementation is critical. LDC governments need the hard and soft infrastructure for an enabling environment, with stronger policy, legal and regulatory frameworks and supportive e-commerce strategies.',
        policyAreas: ['readiness-assessment', 'legal-regulatory', 'ict-infrastructure'],
      },
      {
        text: 'SMEs drive innovation and value creation. Of the forms that private-sector participation in e-commerce development has taken, public-private partnerships are the most promising for building its foundations, and partnerships with major players have given very positive results.',
        policyAreas: ['ict-infrastructure', 'access-to-financing'],
      },
      {
        text: 'The EIF reaffirmed its support through its Diagnostic Trade Integration Study (DTIS), in particular on ICT, regulatory reform and SME development. It stands ready to help design project proposals that raise digital productive capacity, building on trade portal and e-commerce infrastructure projects such as Bhutan’s; to reach out to new and non-traditional donors, such as the Islamic Development Bank; to fund more eTrade Readiness Assessments for LDCs through feasibility study and project formulation grants; and, in each country, to help mainstream trade and e-commerce in national development agendas and sectoral strategies.',
        policyAreas: ['access-to-financing', 'readiness-assessment'],
      },
      {
        text: 'After the assessments of Cambodia and Bhutan were released and well received, the EIF and Germany pledged new funding for more e-commerce assessments of LDCs, including Liberia and Samoa.',
        policyAreas: ['access-to-financing', 'readiness-assessment'],
      },
    ],
  },
  {
    key: 'trade-investment-promotion-digital-disruption',
    date: d3,
    type: 'panel',
    title: 'Trade and Investment Promotion: at the Crossroads of Digital Disruption',
    description:
      'Now that businesses can reach trade information and potential clients at little or no cost on digital platforms, many traditional services of trade and investment promotion organizations (TIPOs) risk becoming irrelevant; yet e-commerce also brings businesses new problems that TIPOs could help solve. The session discussed the fading relevance of the traditional TIPO portfolio and the need for new online, targeted and customised services, why online commerce is hard to measure, and the traditional trade problems that remain.',
  },
  {
    key: 'trade-policy-mc11-lunch',
    date: d3,
    type: 'lunch',
    title: 'Optimizing Trade Policy for E-Commerce: Considerations for MC11 and Beyond',
    description:
      "Governments were discussing at length how best to align trade policy to spur cross-border e-commerce, unilaterally, plurilaterally or multilaterally, on the road to the WTO's 11th Ministerial Conference (MC11) in December 2017. This lunch session opened a new dialogue on the trade policy frameworks and trade facilitation efforts that would best fuel e-commerce and the participation of MSMEs in trade. Costa Rica's ambassador to the WTO argued that not being part of e-commerce is the new market access barrier, and that digital, trade and development go together.",
    people: [
      {
        name: 'Alvaro Cedeño Molinari',
        title: 'Ambassador, Permanent Representative of Costa Rica to the WTO',
        organisation: 'Permanent Mission of Costa Rica to the WTO',
        country: 'CRI',
        gender: 'man',
        role: 'speaker',
      },
    ],
  },
  {
    key: 'consumer-protection',
    date: d3,
    type: 'panel',
    title: 'E-commerce and Consumer Protection',
    description:
      'How can consumers be protected online, and what must be done so that e-commerce benefits consumers in developed and above all developing countries? Consumer trust in digital markets is paramount for inclusive and sustainable e-commerce: a fundamental but elusive asset that governments, businesses, consumer organizations and academia can only build together.\n\nRecommendations 1–8 are the measures the session listed to enhance consumer confidence in e-commerce. Participants then named one main priority for helping developing countries protect online consumers, implementing the United Nations Guidelines for Consumer Protection (recommendation 9), and the concrete actions and priority areas that go with it (10–14).',
    people: [{ ...amandaLong, role: 'speaker' }],
    recommendations: [
      { text: 'Give consumers online a level of protection no lower than they have offline.', policyAreas: ['legal-regulatory'] },
      { text: 'Review existing policies to accommodate the special features of electronic commerce.', policyAreas: ['legal-regulatory'] },
      { text: 'Provide clear information on the rights and obligations of businesses and consumers.', policyAreas: ['legal-regulatory'] },
      { text: 'Run consumer and business education and information programmes that cover e-commerce.', policyAreas: ['skills-development'] },
      { text: 'Promote good business practices online.', policyAreas: ['legal-regulatory'] },
      {
        text: 'Develop fair, effective, transparent and impartial dispute resolution systems, online dispute resolution in particular.',
        policyAreas: ['legal-regulatory'],
      },
      { text: 'Ensure that online suppliers provide safe products.', policyAreas: ['legal-regulatory'] },
      {
        text: 'Promote international cooperation in developing consumer protection policies for the online context and in enforcing them.',
        policyAreas: ['legal-regulatory'],
      },
      {
        text: 'Implement the United Nations Guidelines for Consumer Protection: the main priority identified for helping developing countries better protect online consumers.',
        policyAreas: ['legal-regulatory'],
      },
      { text: 'Review and update legal and institutional frameworks to accommodate e-commerce.', policyAreas: ['legal-regulatory'] },
      { text: 'Build the capacity of relevant stakeholders in online consumer protection.', policyAreas: ['skills-development', 'legal-regulatory'] },
      { text: "'Network the networks' and deepen international cooperation.", policyAreas: ['legal-regulatory'] },
      { text: 'Educate and raise awareness among consumers and businesses.', policyAreas: ['skills-development'] },
      { text: 'Encourage mechanisms that boost trust online.', policyAreas: ['legal-regulatory'] },
    ],
  },
  {
    key: 'payment-solutions',
    date: d3,
    type: 'panel',
    title: 'Payment Solutions for E-commerce',
    description:
      'Starting from the vision that everyone, everywhere, should be able to buy or sell any lawful good or service to anyone anywhere else, through competitive, fast, transparent, flexible and affordable payment systems, the session made fourteen recommendations.',
    recommendations: [
      {
        text: 'Use flexibility in how types of payment are treated to ease international transfers, such as the regulatory facility that lets credit card transactions go through without forms and clearances from the authorities for each transaction.',
        policyAreas: ['payment-solutions', 'legal-regulatory'],
      },
      {
        text: 'Provide unified regulatory compliance processes for financial intermediaries and mobile money operators, especially for know-your-customer (KYC) and anti-money-laundering (AML) purposes: multiple clearances from different agencies act as barriers.',
        policyAreas: ['payment-solutions', 'legal-regulatory'],
      },
      {
        text: 'Treat different payment systems in a technologically neutral way, with equal opportunities to access markets.',
        policyAreas: ['payment-solutions', 'legal-regulatory'],
      },
      {
        text: 'Invest early and continually in the relationship with international regulatory systems: greater risk means greater costs.',
        policyAreas: ['payment-solutions', 'legal-regulatory'],
      },
      {
        text: 'National policymakers should enable innovation at home while aiming from the start for international compatibility.',
        policyAreas: ['payment-solutions', 'legal-regulatory'],
      },
      {
        text: 'Work towards digital identity services that every payment service provider can refer to, with privacy and data protection in mind.',
        policyAreas: ['payment-solutions', 'legal-regulatory'],
      },
      { text: 'Consider carefully how to manage unique identity for SME trade and B2C transactions.', policyAreas: ['payment-solutions'] },
      {
        text: 'Embrace digital data sources to establish KYC and identity, reducing costs, time and the opportunities to game the system.',
        policyAreas: ['payment-solutions'],
      },
      {
        text: 'Aim for a payment to take less than 15 minutes from origination to fulfilment, and work backwards to find the bottlenecks that stand in the way.',
        policyAreas: ['payment-solutions'],
      },
      {
        text: 'Make it easy to close deals on social networks and to pay through as many channels as possible: be customer-centric.',
        policyAreas: ['payment-solutions'],
      },
      { text: 'Make interoperability between payment methods obligatory, not optional.', policyAreas: ['payment-solutions', 'legal-regulatory'] },
      {
        text: 'Governments should explore how fintech can help the sector expand and innovate, rather than being a mere outgrowth of banking.',
        policyAreas: ['payment-solutions', 'access-to-financing'],
      },
      {
        text: 'Build regional and continental credit reference systems; cross-border licensing would reduce costs, and mutual recognition of credit systems would be a good start.',
        policyAreas: ['access-to-financing', 'payment-solutions', 'legal-regulatory'],
      },
      {
        text: 'Make regulation interoperable, which matters more as the volume of cross-border transactions grows.',
        policyAreas: ['legal-regulatory', 'payment-solutions'],
      },
    ],
  },

  // ── 27 April: MSMEs and women ─────────────────────────────────────────────────────────────────────
  {
    key: 'gender-dimension',
    date: d4,
    type: 'panel',
    title: 'Gender Dimension of E-commerce',
    description:
      "The session acknowledged that there is a digital gender divide, that there is a clear business case for bridging it, and that steps are being taken in the right direction but more needs to be done. ITC's Executive Director stressed that women need the knowledge and skills to trade online, from computer literacy to logistics and marketing. The session put forward three proposals for what could be done in the short term, in particular through the eTrade for all initiative.",
    people: [{ name: 'Arancha Gonzalez', title: 'Executive Director', organisation: 'International Trade Centre', role: 'speaker' }],
    recommendations: [
      { text: 'Establish a network for women entrepreneurs in e-commerce in developing countries.', policyAreas: ['skills-development'] },
      {
        text: 'Disseminate best practices and give women entrepreneurs access to role models, in particular on growing their business and reaching export markets.',
        policyAreas: ['skills-development'],
      },
      { text: 'Develop gender-disaggregated data.', policyAreas: ['readiness-assessment'] },
    ],
    outcomes: [
      {
        text: 'Women entrepreneurs in particular called for networking, mentoring and role models, both male and female. International organizations can help by creating an enabling environment for inclusive e-commerce, gathering and sharing best practices and connecting entrepreneurs with role models; eTrade for all could host a network where women entrepreneurs in e-commerce exchange, learn, and give and receive mentoring.',
        policyAreas: ['skills-development'],
      },
      {
        text: 'Speakers repeatedly asked for more and better gender-disaggregated data on e-commerce. Within eTrade for all, international organizations can work with governments, the private sector and academia to measure women’s participation in e-commerce, improving the availability, comparability and quality of official gender-disaggregated trade and ICT statistics: better data will shape better policies.',
        policyAreas: ['readiness-assessment'],
      },
    ],
  },
  {
    key: 'better-measurement',
    date: d4,
    type: 'panel',
    title: 'Towards Better Measurement of E-commerce',
    description: 'How can more data on e-commerce and e-commerce readiness be made available in developing countries?',
    outcomes: [
      {
        text: 'Much data already exists on many elements of e-commerce readiness; the challenge is to measure the value of e-commerce itself. Significant gaps include the lack of official e-commerce data in developing countries and the scarcity of measures of business-to-business and of cross-border (as opposed to domestic) e-commerce. Private data has much to add, but it is neither easy nor cheap for everyone to access.',
        policyAreas: ['readiness-assessment'],
      },
    ],
    recommendations: [
      {
        text: 'Make more use of existing surveys of economic activity and of customs declarations to collect e-commerce data, by adding a few questions.',
        policyAreas: ['readiness-assessment', 'trade-logistics'],
      },
      {
        text: "Make creative use of data gathered by the private sector, including 'big data' held by financial and transport firms and Internet trading platforms, and postal data, as an input into public data collection.",
        policyAreas: ['readiness-assessment'],
      },
      {
        text: 'Make more resources available to build the capacity of statistical agencies in developing countries to collect e-commerce data.',
        policyAreas: ['skills-development', 'readiness-assessment'],
      },
      { text: 'Keep all relevant stakeholders working in partnership on the measurement agenda.', policyAreas: ['readiness-assessment'] },
    ],
  },
  {
    key: 'trade-rules-msmes-lunch',
    date: d4,
    type: 'lunch',
    title: 'Can E-Commerce Trade Rules Help MSMEs in Developing Countries?',
    description:
      'This lunchtime panel explored how growing e-commerce trade interacts with the current framework of WTO rules and with commitments made in free trade agreements outside the WTO, especially for MSMEs in developing countries, to understand better how developing countries can use e-commerce trade rules to further their development objectives.',
    outcomes: [
      {
        text: 'Trade rules can help MSMEs in developing countries make better use of the opportunities of e-commerce. Developing countries have already taken on many e-commerce trade rules and disciplines, and these have helped bring growth and development.',
        policyAreas: ['legal-regulatory'],
      },
      {
        text: 'Governments should take the e-commerce concerns and interests of MSMEs into account when they engage in trade negotiations.',
        policyAreas: ['legal-regulatory'],
      },
    ],
  },
  {
    key: 'internet-futures',
    date: d4,
    type: 'panel',
    title: 'Internet Futures (ISOC)',
    description:
      "Presentation of the Internet Society's Internet Futures project, launched in 2016 to take stock of the main forces of change that could shape the future of the Internet. The project ran two global surveys, with more than 2,500 responses from 160 countries and economies, interviewed more than 130 Internet experts and held 10 virtual roundtables. Its culmination, the 2017 Global Internet Report on Internet futures, was due for release in September 2017.",
    coOrganisers: [{ slug: 'isoc' }],
  },
  {
    key: 'smes-in-e-commerce',
    date: d4,
    type: 'panel',
    title: 'Supporting the Involvement of Small and Medium-Sized Enterprises in E-commerce',
    description:
      "A business-oriented session on the barriers that SMEs face in e-commerce. E-commerce is a fast-growing market that opens new possibilities for SMEs, but unlike their peers in developed countries, SMEs from developing countries are largely left out of it: regulation is fragmented and unfriendly to business, education and access to information are lacking, incomes are volatile and protection weak, awareness is low, individual small firms from developing countries face discrimination, and trust and security are lacking. Connectivity remains key to bringing these SMEs onto the e-commerce highway, but more practical barriers must also be overcome to release e-commerce's potential for sustainable and inclusive development.",
    recommendations: [
      {
        text: 'Harmonise regulations (taxes, customs duties, non-tariff barriers) and make them more business-friendly.',
        policyAreas: ['legal-regulatory', 'trade-logistics'],
      },
      { text: 'Involve small businesses in policymaking.', policyAreas: ['legal-regulatory', 'readiness-assessment'] },
      { text: 'Use public-private partnerships.', policyAreas: ['readiness-assessment'] },
      {
        text: 'Find practical solutions, such as foreign entities owned collectively by SMEs from developing countries, that give shared access to international payments, logistics, and legal and fiscal representation.',
        policyAreas: ['payment-solutions', 'trade-logistics', 'legal-regulatory'],
      },
      {
        text: 'Set up one-stop shops that give SMEs all the information they need to trade through digital channels (for example on de minimis rules).',
        policyAreas: ['trade-logistics', 'skills-development'],
      },
      { text: 'Build capacity through online training.', policyAreas: ['skills-development'] },
      {
        text: 'Help create a more stable environment for small self-employed entrepreneurs who want to engage in e-commerce.',
        policyAreas: ['legal-regulatory'],
      },
      { text: 'Improve access to finance.', policyAreas: ['access-to-financing'] },
      { text: 'Support the creation of cooperatives through which SMEs share costs and information.', policyAreas: ['skills-development', 'access-to-financing'] },
      { text: 'Policymakers need to understand and communicate the potential of e-commerce better.', policyAreas: ['readiness-assessment'] },
      {
        text: 'Use online platforms (such as eBay and Etsy) that help connect the unconnected, for example by giving shared access to information.',
        policyAreas: ['ict-infrastructure', 'skills-development'],
      },
      {
        text: 'Use solutions such as e-Residency, which gives entrepreneurs a digital identity for running a business from abroad.',
        policyAreas: ['legal-regulatory', 'ict-infrastructure'],
      },
    ],
  },

  // ── 28 April ────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'trade-logistics-new-solutions',
    date: d5,
    type: 'panel',
    title: 'E-Commerce and Trade Logistics: New Solutions in International Transport and Trade Facilitation',
    description:
      "The session looked for solutions to the challenges and opportunities that the rapid rise of e-commerce brings to international transport and trade facilitation. E-commerce has grown fast for decades and will keep growing, whatever new trade rules are adopted. The shift from large containers to small parcels has created a 'tsunami of parcels', which buyers expect to be released within minutes or hours. Border agencies have little time to ensure compliance, their capacity, business models and resources are under constant strain, and resources urgently need rethinking, realigning and reallocating, without compromising security, safety, revenue or monitoring.\n\nThere is good news too: shipping and air transport have more than enough capacity for the expected growth in shipments, international organizations are aligning and sharing their work, and there is growing recognition that private businesses and the logistics industry should take part in making and implementing policy. UNECE advocated the use of ICT in trade facilitation and all business processes, through its policy recommendations on standardising trade documents and converting them to electronic form and on developing single windows.",
    coOrganisers: [{ slug: 'itc' }, { slug: 'unece' }, { slug: 'unctad' }, { slug: 'wco' }],
    outcomes: [
      {
        text: "E-commerce is driven by technology and constrained by tradition. Its barriers are much like traditional ones, but the number of shipments and the need for speed have made them more pronounced; effective implementation of the WTO Trade Facilitation Agreement (TFA), whose provisions modernise customs procedures and streamline processes, can go a long way to address them.",
        policyAreas: ['trade-logistics'],
      },
      {
        text: "The TFA is necessary but not sufficient: going beyond legal compliance calls for a 'whole of supply chain' approach covering every step of an international trade transaction, with real-time exchange and analysis of data among traders, customs administrations and logistics service providers.",
        policyAreas: ['trade-logistics', 'ict-infrastructure'],
      },
      {
        text: 'Policymakers should see these factors as opportunities to embrace e-commerce, and create the conditions (such as aligned standards), procedures and resources in which it can thrive, with SMEs at the heart of their interventions.',
        policyAreas: ['trade-logistics', 'legal-regulatory'],
      },
    ],
  },
  {
    key: 'broadband-connectivity',
    date: d5,
    type: 'panel',
    title: 'Broadband Connectivity for E-commerce',
    description:
      "All panellists agreed that bridging the digital divide and extending high-speed broadband throughout developing countries is essential for inclusive e-commerce and for leaving no one behind in a connected society and digital economy. Keeping the digital divide from becoming a digital chasm calls for a 'new deal' among all broadband stakeholders. Huawei's Vice President warned that, with Internet providers already working on 5G, those with access will grow richer and the others poorer unless action is taken. The session proposed concrete actions in three areas.",
    people: [{ name: 'James Locket', title: 'Vice President', organisation: 'Huawei', role: 'speaker' }],
    recommendations: [
      {
        text: 'Policy: reform ICT policy for the digital economy, breaking down silos between government agencies and between converging sectors and technologies; encourage developing-country governments to set a clear vision of universal connectivity as a platform and make it a priority; provide multi-party technical assistance and capacity building to governments and users for implementing policy; keep policy and regulation conducive to domestic and foreign investment, in an open, transparent and fair telecom market; consider commitments to the Reference Paper on telecommunication services; bring all parties to the table, including in the e-commerce discussion at the WTO; and weigh affordability measures comprehensively, since the growth that universal connectivity brings offsets a ministry’s short-term loss of revenue.',
        policyAreas: ['ict-infrastructure', 'legal-regulatory', 'skills-development'],
      },
      {
        text: 'Investment and financing: involve actors not yet part of the process, such as regional development banks and other multilateral financing institutions; promote dialogue between the ministries of ICT, finance and commerce; make donor support for connectivity projects respect each country’s features while recognising common ground; make broadband more affordable, for example by reducing taxes and import duties on telecom and ICT equipment and services, sharing infrastructure and managing spectrum; consider joining the expanded Information Technology Agreement; and encourage both public and private investment, since broadband connectivity is a social good.',
        policyAreas: ['access-to-financing', 'ict-infrastructure'],
      },
      {
        text: 'Cooperation: no one can meet these challenges alone, and the Internet has no borders. Share best practices, where intergovernmental organizations and forums such as E-Commerce Week play an important role, and build more cooperation among private companies, governments, international organizations and multi-stakeholder institutions, with new models for bringing partners together, new public-private partnerships across sectors and beyond ICT silos, and fresh ideas and business models.',
        policyAreas: ['ict-infrastructure'],
      },
    ],
  },
  {
    key: 'single-window',
    date: d5,
    type: 'panel',
    title: 'Single Window as an Enabler for E-commerce Development',
    description:
      'The session explained the basic principles of the single window, a facility that helps traders meet all the regulatory requirements for crossing a border, how it is implemented and how it relates to e-commerce.',
    outcomes: [
      {
        text: 'The panel launched the updated guide to single window implementation of the African Alliance for E-Commerce (AAEC). It takes governments through the practical steps of planning and rolling out single window projects, with further guidance based on the recommendations of the UN Centre for Trade Facilitation and Electronic Business (UN/CEFACT).',
        policyAreas: ['trade-logistics'],
      },
    ],
  },
  {
    key: 'key-outcomes-way-forward',
    date: d5,
    type: 'plenary',
    title: 'Key Outcomes and Way Forward',
    description:
      'The closing session summed up concrete outcomes and actions presented during the Week, linked to the seven policy areas of eTrade for all, that can help make e-commerce more inclusive.',
    people: [{ ...sirimanne, role: 'chair' }],
    outcomes: [
      {
        text: "The Week's discussions feed into several processes that support capacity building in developing countries: the WTO Aid for Trade Review (July 2017), wider discussions on e-commerce, trade and development, and the first UNCTAD Intergovernmental Expert Group on E-Commerce and the Digital Economy (4–6 October 2017). They also yielded data, case studies and policy analysis for research reports, and new partnerships to build capacity in developing countries.",
        policyAreas: ['readiness-assessment', 'skills-development'],
      },
      {
        text: 'Closing the Week, the chair stressed that the only way to become fit for purpose in giving developing countries the support they need to unlock the development potential of e-commerce, in all its dimensions, is to work together: connecting the dots to use limited resources well, create critical scale and accelerate progress towards the Sustainable Development Goals.',
        policyAreas: ['readiness-assessment'],
      },
    ],
  },
];

/** A programme in another language: day themes, and per session its title and its outcome and recommendation texts, in order. */
export interface ProgrammeTranslation {
  days: Record<string, string>;
  sessions: Record<string, { title: string; outcomes?: string[]; recommendations?: string[] }>;
}

const translations: Partial<Record<Locale, ProgrammeTranslation>> = { fr: programmeFr, es: programmeEs };

/** The sessions with their titles, outcomes and recommendations in every language `translations` gives. */
function translated(list: SessionSeed[]): SessionSeed[] {
  const entries = Object.entries(translations) as [Locale, ProgrammeTranslation][];
  const texts = (key: string, kind: 'outcomes' | 'recommendations', index: number) =>
    Object.fromEntries(entries.flatMap(([locale, t]) => (t.sessions[key]?.[kind]?.[index] ? [[locale, t.sessions[key]![kind]![index]!]] : [])));
  return list.map((session) => ({
    ...session,
    translations: Object.fromEntries(entries.flatMap(([locale, t]) => (t.sessions[session.key] ? [[locale, { title: t.sessions[session.key]!.title }]] : []))),
    outcomes: session.outcomes?.map((o, i) => ({ ...o, translations: texts(session.key, 'outcomes', i) })),
    recommendations: session.recommendations?.map((o, i) => ({ ...o, translations: texts(session.key, 'recommendations', i) })),
  }));
}

/**
 * The figures the report gives, in its words: "over 1,000" stays "more than 1,000", "some 475" is
 * "about 475"; one third of the 170 speakers and moderators (not of the participants) were women, and
 * one third came from developing countries.
 */
const reportSource = { title: 'E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7)', publisher: 'UNCTAD', year: 2017, url: 'https://unctad.org/e-week2017' };
const reportedFigures: ReportedFigureSeed[] = [
  {
    measure: 'participants',
    unit: 'count',
    qualifier: 'more-than',
    value: 1000,
    note: 'Representatives of governments, international organizations, the private sector and civil society.',
    source: reportSource,
  },
  { measure: 'countries', unit: 'count', value: 99, source: reportSource },
  { measure: 'speakers', unit: 'count', value: 170, source: reportSource },
  { measure: 'women-share', unit: 'share', value: 100 / 3, fraction: '1/3', shareOf: 'speakers', source: reportSource },
  { measure: 'developing-share', unit: 'share', value: 100 / 3, fraction: '1/3', shareOf: 'speakers', source: reportSource },
  { measure: 'partners', unit: 'count', value: 30, note: 'Partners that organised the Week with UNCTAD.', source: reportSource },
  { measure: 'sessions', unit: 'count', qualifier: 'more-than', value: 30, source: reportSource },
  { measure: 'ministers', unit: 'count', value: 11, note: 'Seven heads of international agencies also took part.', source: reportSource },
  { measure: 'media-articles', unit: 'count', qualifier: 'about', value: 475, source: reportSource },
  { measure: 'media-countries', unit: 'count', qualifier: 'more-than', value: 45, source: reportSource },
  { measure: 'media-outlets', unit: 'text', text: 'Reuters, EFE, Fortune, AFP, ATS', note: 'Among the outlets that reported on the Week.', source: reportSource },
];

const en = {
  title: 'UNCTAD E-Commerce Week 2017',
  summary:
    "The third UNCTAD E-Commerce Week brought more than 1,000 participants from 99 countries to Geneva for over 30 sessions on making the development of e-commerce inclusive. It hosted the first Ministerial Meeting of the Friends of E-Commerce for Development and the launch of the eTrade for all online platform.",
  description: `The third edition of UNCTAD's E-Commerce Week contributed to the global dialogue on the need to make the development of e-commerce inclusive. Over five days, UNCTAD and 30 partners organised more than 30 sessions for over 1,000 representatives of governments, international organizations, the private sector and civil society from 99 countries. Of the 170 speakers and moderators, one third were women and one third came from developing countries. Eleven ministers and vice-ministers and seven heads of international agencies took part, as did Jack Ma, founder and chairman of Alibaba Group and UNCTAD's Special Adviser for young entrepreneurs and small business.

Highlights of the Week:

- the high-level event *Digital Transformation for All: Empowering Entrepreneurs and Small Business* (25 April);
- the first Ministerial Meeting of the Friends of E-Commerce for Development, which proposed a seven-point roadmap matching the seven policy areas of eTrade for all (25 April);
- the official launch of etradeforall.org, the information hub of the eTrade for all initiative (25 April);
- the first board meeting of Business for eTrade Development, the initiative's private-sector advisory council.

The sessions covered e-commerce policy issues from cybersecurity to data flows (24 April), high-level events (25 April), the e-trade readiness of least developed countries, consumer protection and payments (26 April), micro, small and medium-sized enterprises and women (27 April), and trade logistics, broadband and the way forward (28 April). Sixty-five presentations and more than ten contributions are published at unctad.org/e-week2017.`,
};

const fr = {
  title: 'Semaine du commerce électronique 2017 de la CNUCED',
  summary:
    "La troisième Semaine du commerce électronique de la CNUCED a réuni à Genève plus d'un millier de participants de 99 pays autour de plus de 30 séances consacrées à un développement inclusif du commerce électronique. Elle a accueilli la première réunion ministérielle des Amis du commerce électronique pour le développement et le lancement de la plateforme en ligne eTrade for all.",
  description: `La troisième édition de la Semaine du commerce électronique de la CNUCED a contribué au dialogue mondial sur la nécessité de rendre le développement du commerce électronique inclusif. En cinq jours, la CNUCED et 30 partenaires ont organisé plus de 30 séances pour plus d'un millier de représentants de gouvernements, d'organisations internationales, du secteur privé et de la société civile de 99 pays. Sur les 170 intervenants et modérateurs, un tiers étaient des femmes et un tiers venaient de pays en développement. Onze ministres et vice-ministres et sept chefs d'organismes internationaux y ont pris part, de même que Jack Ma, fondateur et président d'Alibaba Group et Conseiller spécial de la CNUCED pour les jeunes entrepreneurs et les petites entreprises.

Temps forts de la Semaine :

- la manifestation de haut niveau *Digital Transformation for All: Empowering Entrepreneurs and Small Business* (25 avril) ;
- la première réunion ministérielle du Groupe des Amis du commerce électronique pour le développement, qui a proposé une feuille de route en sept points correspondant aux sept piliers de l'initiative eTrade for all (25 avril) ;
- le lancement officiel d'etradeforall.org, plateforme d'information de l'initiative eTrade for all (25 avril) ;
- la première réunion du conseil d'administration de Business for eTrade Development (Entreprises pour le développement du commerce électronique), conseil consultatif du secteur privé de l'initiative.

Les séances ont porté sur les politiques du commerce électronique, de la cybersécurité aux flux de données (24 avril), sur des manifestations de haut niveau (25 avril), sur l'état de préparation au commerce électronique des pays les moins avancés (PMA), la protection des consommateurs et les solutions de paiement (26 avril), sur les micro, petites et moyennes entreprises (MPME) et les femmes (27 avril), et enfin sur la logistique commerciale, le haut débit et la suite à donner (28 avril). Soixante-cinq présentations et plus de dix contributions sont publiées sur unctad.org/e-week2017.`,
};

const es = {
  title: 'Semana del Comercio Electrónico 2017 de la UNCTAD',
  summary:
    'La tercera Semana del Comercio Electrónico de la UNCTAD reunió en Ginebra a más de mil participantes de 99 países en más de 30 sesiones dedicadas a que el desarrollo del comercio electrónico sea inclusivo. En ella se celebró la primera reunión ministerial de los Amigos del Comercio Electrónico para el Desarrollo y se presentó la plataforma en línea eTrade for all.',
  description: `La tercera edición de la Semana del Comercio Electrónico de la UNCTAD contribuyó al diálogo mundial sobre la necesidad de que el desarrollo del comercio electrónico sea inclusivo. Durante cinco días, la UNCTAD y 30 asociados organizaron más de 30 sesiones para más de mil representantes de gobiernos, organizaciones internacionales, el sector privado y la sociedad civil de 99 países. De los 170 oradores y moderadores, un tercio eran mujeres y un tercio procedía de países en desarrollo. Participaron once ministros y viceministros y siete jefes de organismos internacionales, así como Jack Ma, fundador y presidente de Alibaba Group y Asesor Especial de la UNCTAD para los jóvenes emprendedores y las pequeñas empresas.

Momentos destacados de la Semana:

- el evento de alto nivel *Digital Transformation for All: Empowering Entrepreneurs and Small Business* (25 de abril);
- la primera reunión ministerial del Grupo de Amigos del Comercio Electrónico para el Desarrollo, que propuso una hoja de ruta de siete puntos que coinciden con las siete esferas de política de la iniciativa eTrade for all (25 de abril);
- el lanzamiento oficial de etradeforall.org, la plataforma de información de la iniciativa eTrade for all (25 de abril);
- la primera reunión de la junta de Empresas en pro del Desarrollo del Comercio Electrónico (Business for eTrade Development), el consejo consultivo del sector privado de la iniciativa.

Las sesiones trataron de políticas de comercio electrónico, desde la ciberseguridad hasta los flujos de datos (24 de abril); de eventos de alto nivel (25 de abril); del estado de preparación para el comercio electrónico de los países menos adelantados (PMA), la protección del consumidor y las soluciones de pago (26 de abril); de las microempresas y pequeñas y medianas empresas (mipymes) y las mujeres (27 de abril), y de la logística comercial, la banda ancha y el camino a seguir (28 de abril). Sesenta y cinco presentaciones y más de diez contribuciones están publicadas en unctad.org/e-week2017.`,
};

export const ecommerceWeek2017: EventSeed = {
  slug: 'unctad-e-commerce-week-2017',
  status: 'scheduled',
  attendanceMode: 'offline',
  timeZone: 'Europe/Zurich',
  // The report gives the days, not the hours: the week is shown by its dates.
  startDate: d1,
  endDate: d5,
  venue: 'Palais des Nations',
  city: 'Geneva',
  country: 'CHE',
  organisers: ['unctad'],
  // Every demo organisation the report names as a co-organiser of a day's sessions or of one session.
  partners: [
    // 24 April
    'world-bank',
    'cigi',
    'isoc',
    'ipsos',
    'us-ftc',
    'nftc',
    'iti',
    'upu',
    'itc',
    'unece',
    'wco',
    'aliresearch',
    // 25 April
    'friends-of-e-commerce-for-development',
    // 26 April
    'diplofoundation',
    'geneva-internet-platform',
    'cuts-international',
    'world-economic-forum',
    'eif',
    'ebay',
    'huawei',
    // 27 April
    'itu',
    'un-women',
    'oecd',
    'wto',
    'asean',
    'e-residency-estonia',
    // 28 April
    'aaec',
  ],
  // The week covered all seven policy areas.
  policyAreas: [...policyAreaSlugs],
  coverage: ['001'],
  // The report says nothing about interpretation; it and every session it describes are in English.
  languages: ['en'],
  registration: 'none',
  sourceLocale: 'en',
  source: report,
  isSample: false,
  text: { en, fr, es },
  days: {
    [d2]: 'High-level events on e-commerce for development',
    [d4]: 'Micro, small and medium-sized enterprises (MSMEs) and women in e-commerce',
  },
  dayTranslations: { fr: programmeFr.days, es: programmeEs.days },
  sessions: translated(sessions),
  reportedFigures,
};
